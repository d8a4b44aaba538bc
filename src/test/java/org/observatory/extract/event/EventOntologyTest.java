package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventOntologyTest {

  @Test
  void draftPloverNamesMapToTodaysSixteenTypes() {
    assertThat(PloverType.parse("DEMAND")).contains(PloverType.REQUEST);
    assertThat(PloverType.parse("DISAPPROVE")).contains(PloverType.ACCUSE);
    assertThat(PloverType.parse("FIGHT")).contains(PloverType.ASSAULT);
    assertThat(PloverType.parse("INVESTIGATE")).isEmpty();
    assertThat(PloverType.values()).hasSize(16);
  }

  @Test
  void cameoCodesFallBackToTheirParentCode() {
    EventOntology o = TestResources.ontology();
    assertThat(o.cameo("1384").map(CameoCoding::type)).contains(PloverType.THREATEN);
    assertThat(o.cameo("1389").map(CameoCoding::cameo)).contains("138");
    assertThat(o.cameo("0415").map(CameoCoding::type)).contains(PloverType.CONSULT);
    assertThat(o.cameo("999")).isEmpty();
  }

  @Test
  void modesComeFromTheCameoTableAndTheOwnResource() {
    EventOntology o = TestResources.ontology();
    assertThat(o.modes(PloverType.ASSAULT)).contains("heavy-weapons", "aerial");
    assertThat(o.modes(PloverType.CONSULT)).contains("visit", "phone");
  }

  @Test
  void acledHasTwentyFiveSubEventTypesMappedToPlover() {
    EventOntology o = TestResources.ontology();
    assertThat(o.acledCategories()).hasSize(25);
    AcledCategory hq = o.acled("HQ_ESTABLISHED").orElseThrow();
    assertThat(hq.eventType()).isEqualTo("Strategic developments");
    assertThat(hq.subEventType()).isEqualTo("Headquarters or base established");
    assertThat(hq.plover()).isEqualTo(PloverType.MOBILIZE);
    assertThat(o.acled("AIR_STRIKE").orElseThrow().toRecord().subEventType()).isEqualTo("Air/drone strike");
  }

  @Test
  void cameoVerbDictionaryGivesObjectPatternsBeforeTheBlockDefault() {
    CameoVerbDictionary d = CameoVerbDictionary.of(TestResources.CAMEO_VERBS);
    assertThat(d.code("unleash", List.of("mortar"))).contains("195");
    assertThat(d.code("unleash", List.of("attack"))).contains("190");
    assertThat(d.code("unleash", List.of("song"))).isEmpty();
    assertThat(d.code("parley", List.of())).contains("040");
  }

  @Test
  void triggerLexiconPrefersTheEntryItsObjectSelects() {
    TriggerLexicon l = TriggerLexicon.builtIn();
    assertThat(l.lookup("install", true, List.of("post")).map(TriggerEntry::acled)).contains("HQ_ESTABLISHED");
    assertThat(l.lookup("install", true, List.of("camera")).map(TriggerEntry::mode)).contains("weapons");
    assertThat(l.lookup("strike", false, List.of("hunger")).map(TriggerEntry::kind)).contains("PROTEST");
    assertThat(l.lookup("strike", false, List.of("air")).map(TriggerEntry::kind)).contains("ASSAULT");
    assertThat(l.lookup("launch", true, List.of()).map(TriggerEntry::isLight)).contains(true);
  }

  @Test
  void acledRulesTellAirStrikesShellingAndAttacksOnCiviliansApart() {
    AcledRules r = AcledRules.builtIn();
    assertThat(r.choose(PloverType.ASSAULT, List.of("warplane", "pound", "the", "village")))
        .map(AcledRules.Rule::label).contains("AIR_STRIKE");
    assertThat(r.choose(PloverType.ASSAULT, List.of("mortar", "shell", "hit", "the", "town")))
        .map(AcledRules.Rule::label).contains("ART_MISS_ATTACK");
    assertThat(r.choose(PloverType.ASSAULT, List.of("gunman", "kill", "three", "civilian")))
        .map(AcledRules.Rule::label).contains("ATTACK");
    assertThat(r.choose(PloverType.ASSAULT, List.of("militant", "attack", "soldier")))
        .map(AcledRules.Rule::label).contains("ARMED_CLASH");
    assertThat(r.choose(PloverType.PROTEST, List.of("thousand", "protester", "march", "peacefully")))
        .map(AcledRules.Rule::label).contains("PEACE_PROTEST");
    assertThat(r.choose(PloverType.PROTEST, List.of("protester", "hurl", "stone", "at", "police")))
        .map(AcledRules.Rule::label).contains("VIOL_DEMONSTR");
  }

  @Test
  void territoryLabelFollowsWhoTakesIt() {
    var army = new org.observatory.record.EventActor("source", "Syrian army", null, null, null);
    var rebels = new org.observatory.record.EventActor("source", "the rebels", null, null, null);
    assertThat(Territory.relabel("NON_STATE_ACTOR_OVERTAKES_TER", List.of(army))).isEqualTo("GOV_REGAINS_TERIT");
    assertThat(Territory.relabel("GOV_REGAINS_TERIT", List.of(rebels)))
        .isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    assertThat(Territory.relabel("AIR_STRIKE", List.of(rebels))).isEqualTo("AIR_STRIKE");
  }
}
