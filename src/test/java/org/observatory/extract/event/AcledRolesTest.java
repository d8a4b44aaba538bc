package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.EventActor;

class AcledRolesTest {

  private static List<String> lemmas(String s) {
    return List.of(s.split(" "));
  }

  private static EventActor source(String text) {
    return new EventActor("source", text, null, null, null);
  }

  private static EventActor target(String text) {
    return new EventActor("target", text, null, null, null);
  }

  private static String refine(String label, PloverType type, List<EventActor> actors, String lemmas) {
    return AcledRoles.refine(label, false, type, actors, lemmas(lemmas)).label();
  }

  @Test
  void violenceByAnAngryMobOutsideAnyDemonstrationIsMobViolence() {
    assertThat(refine("ATTACK", PloverType.ASSAULT, List.of(source("an angry mob"), target("a suspect")),
        "a suspect be beat to death by a angry mob")).isEqualTo("MOB_VIOL");
  }

  @Test
  void villagersAsPerpetratorsMakeMobViolence() {
    assertThat(refine("ATTACK", PloverType.ASSAULT, List.of(source("villagers"), target("two thieves")),
        "villager kill two thief")).isEqualTo("MOB_VIOL");
  }

  @Test
  void aMobWordDoesNotMakeAnArmedGroupsAttackMobViolence() {
    assertThat(refine("ATTACK", PloverType.ASSAULT, List.of(source("militants"), target("a hamlet")),
        "militant raid a hamlet , local vigilante say")).isEqualTo("ATTACK");
  }

  @Test
  void demonstratorsWhoAttackMakeAViolentDemonstration() {
    assertThat(refine("ATTACK", PloverType.ASSAULT, List.of(source("protesters"), target("a police station")),
        "protester attack a police station during the protest")).isEqualTo("VIOL_DEMONSTR");
  }

  @Test
  void killingDemonstratorsIsExcessiveForce() {
    assertThat(refine("ARMED_CLASH", PloverType.ASSAULT, List.of(source("soldiers"), target("demonstrators")),
        "soldier kill three demonstrator")).isEqualTo("FORCE_AGAINST_PROTEST");
  }

  @Test
  void firingTearGasAtDemonstratorsIsInterventionNotExcessiveForce() {
    assertThat(refine("ARMED_CLASH", PloverType.ASSAULT, List.of(source("police"), target("protesters")),
        "police fire tear gas at protester")).isEqualTo("PROTEST_WITH_INTER");
  }

  @Test
  void violentlySuppressingAProtestIsExcessiveForce() {
    assertThat(refine("PROTEST_WITH_INTER", PloverType.COERCE, List.of(source("riot police"),
        target("peaceful protest")), "riot police violently suppress the peaceful protest"))
        .isEqualTo("FORCE_AGAINST_PROTEST");
  }

  @Test
  void anAttackOnSoldiersIsAnArmedClash() {
    assertThat(refine("ATTACK", PloverType.ASSAULT, List.of(source("insurgents"), target("the troops")),
        "insurgent ambush the troop near a farm")).isEqualTo("ARMED_CLASH");
  }

  @Test
  void anAttackOnCiviliansIsAnAttackEvenAmongArmedWords() {
    assertThat(refine("ARMED_CLASH", PloverType.ASSAULT, List.of(source("terrorist"), target("worshippers")),
        "a terrorist attack worshipper")).isEqualTo("ATTACK");
  }

  @Test
  void anAttackOnPropertyWithNoCasualtyIsPropertyDestruction() {
    assertThat(refine("ATTACK", PloverType.ASSAULT, List.of(target("a warehouse")),
        "vandal attack a warehouse overnight")).isEqualTo("PROPERTY_DISTRUCT");
  }

  @Test
  void aLabelTheLexiconFixedIsNotChangedByTheTarget() {
    assertThat(AcledRoles.refine("ATTACK", true, PloverType.ASSAULT, List.of(target("soldiers")),
        lemmas("gunman execute two soldier")).label()).isEqualTo("ATTACK");
  }

  @Test
  void cooperativeEventsAreLeftAlone() {
    assertThat(refine("AGREEMENT", PloverType.AGREE, List.of(source("protesters")), "protester agree"))
        .isEqualTo("AGREEMENT");
  }
}
