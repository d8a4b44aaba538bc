package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Event;
import org.observatory.record.Published;

/** Triggers for mob acts, protest participation and phrasal retreats, on hand-built parses (CoreNLP's shapes). */
class TriggerCoverageTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);

  private static List<Event> events(ParseBuilder b) {
    return TestResources.extractor().extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  private static Event only(ParseBuilder b) {
    List<Event> events = events(b);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void aManSetAblazeByAMobIsMobViolence() {
    ParseBuilder b = new ParseBuilder()
        .toks("A/DT/a", "man/NN/man", "was/VBD/be", "set/VBN/set", "ablaze/RB/ablaze", "by/IN/by", "a/DT/a",
            "mob/NN/mob")
        .dep("root", -1, 3).dep("det", 1, 0).dep("nsubj:pass", 3, 1).dep("aux:pass", 3, 2).dep("advmod", 3, 4)
        .dep("case", 7, 5).dep("det", 7, 6).dep("obl:agent", 3, 7);

    Event e = only(b);

    assertThat(e.type()).isEqualTo("ASSAULT");
    assertThat(e.trigger().text()).isEqualTo("set");
    assertThat(e.acled().subEventType()).isEqualTo("Mob violence");
  }

  @Test
  void villagersSettingFireToAStationIsAnAssaultNotAnAgreement() {
    ParseBuilder b = new ParseBuilder()
        .toks("Villagers/NNS/villager", "set/VBD/set", "fire/NN/fire", "to/TO/to", "the/DT/the", "station/NN/station")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("case", 5, 3).dep("det", 5, 4)
        .dep("obl:to", 1, 5);

    Event e = only(b);

    assertThat(e.type()).isEqualTo("ASSAULT");
    assertThat(e.provenance().rule()).contains("lexicon:set_fire");
  }

  @Test
  void takingPartInMarchesIsAProtestTriggeredByTheMarch() {
    ParseBuilder b = new ParseBuilder()
        .toks("Students/NNS/student", "took/VBD/take", "part/NN/part", "in/IN/in", "marches/NNS/march")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("case", 4, 3).dep("obl:in", 1, 4);

    Event e = only(b);

    assertThat(e.type()).isEqualTo("PROTEST");
    assertThat(e.trigger().text()).isEqualTo("marches");
    assertThat(e.acled().subEventType()).isEqualTo("Peaceful protest");
  }

  @Test
  void participatingInAVigilIsAProtest() {
    ParseBuilder b = new ParseBuilder()
        .toks("Activists/NNS/activist", "participated/VBD/participate", "in/IN/in", "a/DT/a", "vigil/NN/vigil")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("case", 4, 2).dep("det", 4, 3).dep("obl:in", 1, 4);

    assertThat(only(b).type()).isEqualTo("PROTEST");
  }

  @Test
  void aDieInSplitAtItsHyphensIsStillAProtestNoun() {
    ParseBuilder b = new ParseBuilder()
        .toks("Nurses/NNS/nurse", "staged/VBD/stage", "a/DT/a", "die/NN/die").glued("-/HYPH/-").glued("in/NN/in")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("det", 5, 2).dep("compound", 5, 3).dep("punct", 5, 4)
        .dep("obj", 1, 5);

    Event e = only(b);

    assertThat(e.type()).isEqualTo("PROTEST");
    assertThat(e.provenance().rule()).contains("lexicon:die-in");
  }

  @Test
  void hyphenatedPiecesAreJoinedOnlyWhenTheyTouch() {
    ParseBuilder touching = new ParseBuilder().toks("a/DT/a", "sit/NN/sit").glued("-/HYPH/-").glued("in/IN/in");
    ParseBuilder spaced = new ParseBuilder().toks("a/DT/a", "sit/NN/sit", "-/HYPH/-", "in/IN/in");

    assertThat(TriggerFinder.hyphenated(new DepGraph(touching.annotation().sentences().get(0)), 1))
        .containsExactly("sit-in");
    assertThat(TriggerFinder.hyphenated(new DepGraph(spaced.annotation().sentences().get(0)), 1)).isEmpty();
  }

  @Test
  void takingToTheStreetsIsADemonstrationButTakingControlOfThemIsNot() {
    ParseBuilder streets = new ParseBuilder()
        .toks("Thousands/NNS/thousand", "took/VBD/take", "to/TO/to", "the/DT/the", "streets/NNS/street")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("case", 4, 2).dep("det", 4, 3).dep("obl:to", 1, 4);
    ParseBuilder control = new ParseBuilder()
        .toks("Police/NNS/police", "took/VBD/take", "control/NN/control", "of/IN/of", "the/DT/the",
            "streets/NNS/street")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("case", 5, 3).dep("det", 5, 4)
        .dep("nmod:of", 2, 5);

    assertThat(only(streets).type()).isEqualTo("PROTEST");
    assertThat(only(streets).provenance().rule()).contains("pattern:to-the-streets");
    assertThat(events(control)).noneMatch(e -> e.type().equals("PROTEST"));
  }

  @Test
  void pullingTroopsOutOfARegionIsARetreatEvenWhenOutIsParsedIntoThePreposition() {
    ParseBuilder b = new ParseBuilder()
        .toks("Russia/NNP/Russia/COUNTRY", "pulled/VBD/pull", "troops/NNS/troop", "out/IN/out", "of/IN/of",
            "Syria/NNP/Syria/COUNTRY")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("case", 5, 3).dep("fixed", 3, 4)
        .dep("obl:out_of", 1, 5);

    Event e = only(b);

    assertThat(e.type()).isEqualTo("RETREAT");
    assertThat(e.provenance().rule()).contains("lexicon:pull_out");
  }

  private static PloverType verb(String lemma, String... objects) {
    return TriggerLexicon.builtIn().lookup(lemma, true, List.of(objects)).orElseThrow().type();
  }

  @Test
  void strikingOrSealingADealIsAnAgreementWhileStrikingABaseIsAnAssault() {
    assertThat(verb("strike", "deal")).isEqualTo(PloverType.AGREE);
    assertThat(verb("seal", "pact")).isEqualTo(PloverType.AGREE);
    assertThat(verb("strike", "base")).isEqualTo(PloverType.ASSAULT);
  }

  @Test
  void reducingOrPullingTroopsIsARetreatWhileReducingADiplomaticPresenceIsASanction() {
    assertThat(verb("reduce", "troop")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("pull", "force")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("reduce", "diplomatic", "presence")).isEqualTo(PloverType.SANCTION);
  }

  @Test
  void aPluralTheLemmatizerLeftUnchangedStillSelectsTheReading() {
    assertThat(verb("withdraw", "troops")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("reduce", "troops")).isEqualTo(PloverType.RETREAT);
  }

  @Test
  void troopsLeavingAVillageRetreatButCiviliansLeavingACityAreNoEvent() {
    ParseBuilder troops = new ParseBuilder()
        .toks("The/DT/the", "troops/NNS/troops", "left/VBD/leave", "the/DT/the", "village/NN/village")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("det", 4, 3).dep("obj", 2, 4);
    ParseBuilder civilians = new ParseBuilder()
        .toks("Civilians/NNS/civilian", "left/VBD/leave", "the/DT/the", "city/NN/city")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("det", 3, 2).dep("obj", 1, 3);

    Event e = only(troops);

    assertThat(e.type()).isEqualTo("RETREAT");
    assertThat(e.provenance().rule()).contains("pattern:armed-departure");
    assertThat(events(civilians)).noneMatch(x -> x.type().equals("RETREAT"));
  }

  @Test
  void anAnnouncedAcceptanceIsAnAgreement() {
    assertThat(TriggerLexicon.builtIn().lookup("acceptance", false, List.of("acceptance")).orElseThrow().type())
        .isEqualTo(PloverType.AGREE);
  }

  @Test
  void givingUpWeaponsIsARetreat() {
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "rebels/NNS/rebel", "gave/VBD/give", "up/RP/up", "their/PRP$/they", "weapons/NNS/weapon")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("compound:prt", 2, 3)
        .dep("nmod:poss", 5, 4).dep("obj", 2, 5);

    assertThat(only(b).type()).isEqualTo("RETREAT");
  }
}
