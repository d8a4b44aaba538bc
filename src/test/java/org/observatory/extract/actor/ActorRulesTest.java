package org.observatory.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observatory.record.Actor;

/** Rules for what can act: materiel, unit nouns and their owners, coreference, generic words, metonymy. */
class ActorRulesTest {

  static final String AGENTS = ActorStageTest.AGENTS + String.join("\n",
      "BATTLE_TANK [~MIL]",
      "CARRIER [~MIL]",
      "PERSONNEL [~MIL]",
      "TROOP [~MIL]",
      "HOSPITAL [~HLH]",
      "REPATRIATE [~CVL]",
      "");
  static final String CAMEO = ActorStageTest.CAMEO + String.join("\n",
      "IRAQ_",
      "+IRAQI_",
      "+MOSUL_",
      "\t[IRQ <20030320]",
      "\t[IRQOCC 20030320-20060520]",
      "\t[IRQ >20060520]",
      "");
  static final ActorStage STAGE = new ActorStage(ActorDictionary.of(CAMEO, AGENTS,
      ActorDictionary.resource(ActorDictionary.EXTRA_RESOURCE), Map.of("TUR", "Turkey", "SYR", "Syria")));

  static List<Actor> run(Tagged t) {
    return STAGE.actors(t.document(), t.annotation, null);
  }

  static Actor only(List<Actor> actors, String text) {
    List<Actor> found = actors.stream().filter(a -> a.text().equals(text)).toList();
    assertThat(found).as("actors with text " + text + " in " + actors).hasSize(1);
    return found.get(0);
  }

  static List<String> texts(List<Actor> actors) {
    return actors.stream().map(Actor::text).toList();
  }

  @Test
  void materielNounsAndNounsBeforeMaterielAreNoActors() {
    List<Actor> a = run(Tagged.of("Turkey/NNP/COUNTRY sent/VBD/O/send battle/NN/O tanks/NNS/O/tank ,/,/O "
        + "personnel/NNS/O carriers/NNS/O/carrier ,/,/O heavy/JJ/O arms/NNS/O/arm and/CC/O military/JJ/O "
        + "supplies/NNS/O/supply ./././O"));
    assertThat(texts(a)).containsExactly("Turkey");
  }

  @Test
  void buildingsAndVerbsAreNoAgents() {
    List<Actor> a = run(Tagged.of("They/PRP/O want/VBP/O to/TO/O repatriate/VB/O children/NNS/O/child from/IN/O "
        + "the/DT/O hospital/NN/O ./././O"));
    assertThat(texts(a)).containsExactly("children");
  }

  @Test
  void unitOfForcesMovedByAStateBelongsToItAndTheDefiniteUnitRefersBack() {
    Tagged t = Tagged.of(
        "Turkey/NNP/COUNTRY has/VBZ/O brought/VBN/O/bring in/RP/O a/DT/O new/JJ/O column/NN/O of/IN/O "
            + "military/JJ/O forces/NNS/O/force ./././O",
        "The/DT/O column/NN/O entered/VBD/O/enter the/DT/O town/NN/O ./././O")
        .withDependencies(0, "nsubj:2>0 aux:2>1 compound:prt:2>3 det:6>4 amod:6>5 obj:2>6 case:9>7 amod:9>8 "
            + "nmod:6>9 punct:2>10 root:-1>2");
    List<Actor> a = run(t);
    Actor column = only(a, "column of military forces");
    assertThat(column.country()).isEqualTo("TUR");
    assertThat(column.canonical()).isEqualTo("Turkey");
    assertThat(column.sector()).isEqualTo("military");
    assertThat(column.code()).isEqualTo("TURMIL");
    assertThat(column.provenance().rule()).startsWith("movement:");
    Actor back = only(a, "column");
    assertThat(back.country()).isEqualTo("TUR");
    assertThat(back.sector()).isEqualTo("military");
    assertThat(back.provenance().rule()).isEqualTo("coreference:column");
  }

  @Test
  void aBareConvoyDispatchedByAStateTakesItsCountry() {
    Tagged t = Tagged.of("Turkey/NNP/COUNTRY dispatches/VBZ/O/dispatch large/JJ/O military/JJ/O convoy/NN/O "
        + "./././O").withDependencies(0, "nsubj:1>0 amod:4>2 amod:4>3 obj:1>4 root:-1>1");
    Actor convoy = only(run(t), "military convoy");
    assertThat(convoy.country()).isEqualTo("TUR");
    assertThat(convoy.code()).isEqualTo("TURMIL");
  }

  @Test
  void aConvoyThatIsAttackedKeepsNoCountry() {
    Tagged t = Tagged.of("Turkey/NNP/COUNTRY attacked/VBD/O/attack a/DT/O convoy/NN/O ./././O")
        .withDependencies(0, "nsubj:1>0 det:3>2 obj:1>3 root:-1>1");
    assertThat(only(run(t), "convoy").country()).isNull();
  }

  @Test
  void aDefiniteUnitNounWithoutAntecedentIsNoActor() {
    List<Actor> a = run(Tagged.of("The/DT/O column/NN/O entered/VBD/O/enter the/DT/O town/NN/O ./././O"));
    assertThat(a).isEmpty();
  }

  @Test
  void definiteAgentNounRefersBackToTheLastIdentifiedMentionWithTheSameHead() {
    List<Actor> a = run(Tagged.of(
        "Turkish/JJ/NATIONALITY troops/NNS/O/troop crossed/VBD/O/cross the/DT/O border/NN/O ./././O",
        "The/DT/O troops/NNS/O/troop fired/VBD/O/fire ./././O"));
    Actor back = only(a, "troops");
    assertThat(back.country()).isEqualTo("TUR");
    assertThat(back.canonical()).isEqualTo("Turkey");
    assertThat(back.provenance().rule()).isEqualTo("coreference:troop");
  }

  @Test
  void aDefiniteCivilianNounDoesNotTakeAnEarlierCountry() {
    List<Actor> a = run(Tagged.of(
        "Syrian/JJ/NATIONALITY civilians/NNS/O/civilian fled/VBD/O/flee ./././O",
        "The/DT/O civilians/NNS/O/civilian returned/VBD/O/return ./././O"));
    assertThat(a.get(a.size() - 1).text()).isEqualTo("civilians");
    assertThat(a.get(a.size() - 1).country()).isNull();
  }

  @Test
  void anIndefiniteAgentNounDoesNotTakeAnEarlierCountry() {
    List<Actor> a = run(Tagged.of(
        "Turkish/JJ/NATIONALITY troops/NNS/O/troop crossed/VBD/O/cross the/DT/O border/NN/O ./././O",
        "Other/JJ/O troops/NNS/O/troop fired/VBD/O/fire ./././O"));
    assertThat(a.get(a.size() - 1).text()).isEqualTo("troops");
    assertThat(a.get(a.size() - 1).country()).isNull();
  }

  @Test
  void relationModifierGivesAGenericAgentItsOwnCanonical() {
    List<Actor> a = run(Tagged.of(
        "Turkish/JJ/NATIONALITY and/CC/O Kurdish-led/JJ/O forces/NNS/O/force clashed/VBD/O ./././O",
        "Ankara/NNP/CITY -/HYPH/O backed/VBN/O/back militants/NNS/O/militant attacked/VBD/O ./././O"));
    assertThat(only(a, "Turkish").code()).isEqualTo("TURMIL");
    assertThat(only(a, "forces").canonical()).isEqualTo("kurdish-led forces");
    assertThat(only(a, "militants").canonical()).isEqualTo("ankara-backed militants");
    assertThat(only(a, "Ankara").code()).isEqualTo("TURGOV");
  }

  @Test
  void capitalThatDecidesIsItsGovernmentButCapitalsAfterALocativeAreNot() {
    List<Actor> a = run(Tagged.of(
        "Damascus/NNP/CITY decided/VBD/O/decide to/TO/O respond/VB/O ./././O",
        "Officials/NNS/O/official met/VBD/O/meet in/IN/O Washington/NNP/CITY and/CC/O London/NNP/CITY ./././O"));
    Actor damascus = only(a, "Damascus");
    assertThat(damascus.code()).isEqualTo("SYRGOV");
    assertThat(damascus.sector()).isEqualTo("government");
    assertThat(texts(a)).doesNotContain("Washington", "London");
  }

  @Test
  void genericWordsAreNoActorsButCiviliansKeepTheirSector() {
    List<Actor> a = run(Tagged.of(
        "The/DT/O situation/NN/O threatens/VBZ/O/threaten our/PRP$/O soil/NN/O ./././O",
        "Civilians/NNS/O/civilian fled/VBD/O/flee ./././O"));
    assertThat(texts(a)).containsExactly("Civilians");
    assertThat(a.get(0).sector()).isEqualTo("civilian");
    assertThat(a.get(0).country()).isNull();
  }

  @Test
  void cameoCountryWithDatedCountryOnlyRolesIsAStateAndItsCitiesAreNot() {
    List<Actor> a = run(Tagged.of(
        "Iraq/NNP/COUNTRY said/VBD/O/say Mosul/NNP/CITY residents/NNS/O/resident fled/VBD/O ./././O",
        "Iraqis/NNPS/O/iraqi voted/VBD/O/vote ./././O"));
    assertThat(only(a, "Iraqis").country()).isEqualTo("IRQ");
    Actor iraq = only(a, "Iraq");
    assertThat(iraq.sector()).isEqualTo("government");
    assertThat(iraq.code()).isEqualTo("IRQ");
    assertThat(texts(a)).doesNotContain("Mosul");
  }
}
