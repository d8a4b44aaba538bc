package org.observatory.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Actor;

class ActorStageTest {

  static final String CAMEO = String.join("\n",
      "TURKEY_  [TUR]",
      "+TURKISH_",
      "+ANKARA_",
      "+ISTANBUL_",
      "SYRIA_  [SYR]",
      "+SYRIAN_",
      "+ALEPPO_",
      "RUSSIAN_FEDERATION_  [RUS]",
      "+RUSSIAN_",
      "RECEP_TAYYIP_ERDOGAN_  # CountryInfo.txt",
      "+ERDOGAN_",
      "\t[TURELI 720101-021118]",
      "\t[TURGOV >030314]",
      "VLADIMIR_PUTIN_  # CountryInfo.txt",
      "+PUTIN_",
      "\t[RUSGOV >000101]",
      "");
  static final String AGENTS = String.join("\n",
      "!PERSON! = MAN, MEN",
      "ARMY [~MIL]",
      "SOLDIER [~MIL]",
      "MILITARY [~MIL]",
      "MILITARY_FORCE [~MIL]",
      "GOVERNMENT [~GOV]",
      "POLICE!PERSON! [~COP]",
      "PRESIDENT [~GOV]",
      "");

  static final ActorDictionary DICT = ActorDictionary.of(CAMEO, AGENTS,
      ActorDictionary.resource(ActorDictionary.EXTRA_RESOURCE), Map.of("TUR", "Turkey", "SYR", "Syria"));
  static final ActorStage STAGE = new ActorStage(DICT);

  static List<Actor> run(Tagged t, LocalDate date) {
    return STAGE.actors(t.document(), t.annotation, date);
  }

  static Optional<Actor> find(List<Actor> actors, String text) {
    return actors.stream().filter(a -> a.text().equals(text)).findFirst();
  }

  @Test
  void demonymWithAgentNounBecomesTheStatesMilitary() {
    List<Actor> a = run(Tagged.of("Turkish/JJ/NATIONALITY military/JJ/O forces/NNS/O/force entered/VBD/O ./././O"),
        null);
    assertThat(find(a, "Turkish military forces")).hasValueSatisfying(x -> {
      assertThat(x.canonical()).isEqualTo("Turkey");
      assertThat(x.country()).isEqualTo("TUR");
      assertThat(x.sector()).isEqualTo("military");
      assertThat(x.code()).isEqualTo("TURMIL");
      assertThat(x.provenance().stage()).isEqualTo("actors");
    });
  }

  @Test
  void countryDemonymAndCapitalShareOneCanonical() {
    List<Actor> a = run(Tagged.of(
        "Turkey/NNP/COUNTRY warned/VBD/O Damascus/NNP/CITY ./././O",
        "Ankara/NNP/CITY said/VBD/O Turkish/JJ/NATIONALITY soldiers/NNS/O/soldier would/MD/O stay/VB/O ./././O"),
        null);
    assertThat(find(a, "Turkey").map(Actor::canonical)).contains("Turkey");
    assertThat(find(a, "Ankara").map(Actor::canonical)).contains("Turkey");
    assertThat(find(a, "Ankara").map(Actor::sector)).contains("government");
    assertThat(find(a, "Turkish soldiers").map(Actor::canonical)).contains("Turkey");
    assertThat(find(a, "Damascus").map(Actor::country)).contains("SYR");
  }

  @Test
  void syrianArmyAndSyrianGovernmentForcesAreTheSameAgency() {
    List<Actor> a = run(Tagged.of(
        "The/DT/O Syrian/JJ/NATIONALITY army/NN/O advanced/VBD/O ./././O",
        "Syrian/JJ/NATIONALITY government/NN/O forces/NNS/O/force shelled/VBD/O villages/NNS/O/village ./././O"),
        null);
    Actor army = find(a, "Syrian army").orElseThrow();
    Actor forces = find(a, "Syrian government forces").orElseThrow();
    assertThat(ActorIndex.sameAgency(army, forces)).isTrue();
    assertThat(army.sector()).isEqualTo("military");
    assertThat(army.country()).isEqualTo("SYR");
  }

  @Test
  void datedRoleIsReadOnTheGivenDate() {
    Tagged t = Tagged.of("Erdogan/NNP/PERSON spoke/VBD/O ./././O");
    assertThat(find(run(t, LocalDate.of(2020, 2, 3)), "Erdogan").map(Actor::code)).contains("TURGOV");
    assertThat(find(run(t, LocalDate.of(1999, 1, 1)), "Erdogan").map(Actor::code)).contains("TURELI");
    assertThat(find(run(t, null), "Erdogan").map(Actor::code)).contains("TURGOV");
  }

  @Test
  void surnameMentionTakesFullNameAndTitleFromEarlierMention() {
    List<Actor> a = run(Tagged.of(
        "President/NNP/TITLE Recep/NNP/PERSON Tayyip/NNP/PERSON Erdogan/NNP/PERSON spoke/VBD/O ./././O",
        "Erdogan/NNP/PERSON said/VBD/O so/RB/O ./././O"), LocalDate.of(2020, 2, 3));
    Actor later = a.stream().filter(x -> x.text().equals("Erdogan")).findFirst().orElseThrow();
    assertThat(later.canonical()).isEqualTo("Recep Tayyip Erdogan");
    assertThat(later.title()).isEqualTo("President");
    assertThat(later.country()).isEqualTo("TUR");
  }

  @Test
  void unknownPersonTakesCountryAndTitleFromDemonymAndTitleBeforeIt() {
    List<Actor> a = run(Tagged.of(
        "Russian/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE Ivan/NNP/PERSON Petrov/NNP/PERSON and/CC/O"
            + " Erdogan/NNP/PERSON met/VBD/O ./././O",
        "Petrov/NNP/PERSON left/VBD/O ./././O"), null);
    Actor first = find(a, "Russian Foreign Minister Ivan Petrov").orElseThrow();
    assertThat(first.country()).isEqualTo("RUS");
    assertThat(first.title()).isEqualTo("Foreign Minister");
    assertThat(find(a, "Erdogan").map(Actor::canonical)).contains("Recep Tayyip Erdogan");
    assertThat(find(a, "Petrov").map(Actor::canonical)).contains("Ivan Petrov");
  }

  @Test
  void countryAfterLocativePrepositionOrBeforePlaceNounIsAPlaceNotAnActor() {
    List<Actor> a = run(Tagged.of(
        "Troops/NNS/O/troop entered/VBD/O the/DT/O Syrian/JJ/NATIONALITY territory/NN/O from/IN/O"
            + " Turkey/NNP/COUNTRY ./././O",
        "They/PRP/O moved/VBD/O into/IN/O northern/JJ/O Syria/NNP/COUNTRY ./././O",
        "A/DT/O Britain/NNP/COUNTRY -/HYPH/O based/VBN/O monitor/NN/O spoke/VBD/O ./././O"), null);
    assertThat(a).noneMatch(x -> "TUR".equals(x.country()) || "SYR".equals(x.country()) || "GBR".equals(x.country()));
  }

  @Test
  void placeNameTaggedAsPersonBeforeAPlaceNounIsNotAPerson() {
    List<Actor> a = run(Tagged.of(
        "The/DT/O convoy/NN/O crossed/VBD/O at/IN/O Kafr/NNP/PERSON Lusin/NNP/PERSON border/NN/O crossing/NN/O ./././O"),
        null);
    assertThat(a).noneMatch(x -> x.text().contains("Kafr"));
  }

  @Test
  void monitorDescriptionRefersToTheNamedMonitor() {
    List<Actor> a = run(Tagged.of(
        "The/DT/O Syrian/JJ/ORGANIZATION Observatory/NN/ORGANIZATION for/IN/ORGANIZATION Human/NNP/ORGANIZATION"
            + " Rights/NNPS/ORGANIZATION reported/VBD/O it/PRP/O ./././O",
        "The/DT/O war/NN/O monitor/NN/O group/NN/O said/VBD/O so/RB/O ,/,/O Press/NNP/O TV/NNP/O reported/VBD/O ./././O"),
        null);
    assertThat(find(a, "war monitor group").map(Actor::canonical)).contains("Syrian Observatory for Human Rights");
    assertThat(find(a, "Press TV").map(Actor::sector)).contains("media");
    assertThat(find(a, "Press TV").map(Actor::country)).contains("IRN");
  }

  @Test
  void coordinatedDemonymSharesTheAgentNoun() {
    List<Actor> a = run(Tagged.of(
        "Turkish/JJ/NATIONALITY and/CC/O Syrian/JJ/NATIONALITY forces/NNS/O/force clashed/VBD/O ./././O"), null);
    assertThat(find(a, "Turkish").map(Actor::sector)).contains("military");
    assertThat(find(a, "Syrian forces").map(Actor::sector)).contains("military");
  }

  @Test
  void stageAddsTheActorsSlot() {
    Tagged t = Tagged.of("Turkey/NNP/COUNTRY acted/VBD/O ./././O");
    AnalysisState s = AnalysisState.of(t.document()).with(Slot.ANNOTATION, t.annotation);
    assertThat(STAGE.apply(s).get(Slot.ACTORS)).extracting(Actor::canonical).containsExactly("Turkey");
    assertThat(STAGE.adds()).containsExactly(Slot.ACTORS);
  }

  @Test
  void fightersOfTheRegimeAreItsMilitaryAndAdjectiveAgentsAreNotActors() {
    List<Actor> a = run(Tagged.of(
        "Regime/NN/O fighters/NNS/O/fighter launched/VBD/O a/DT/O military/JJ/O operation/NN/O ./././O"), null);
    assertThat(find(a, "Regime fighters").map(Actor::sector)).contains("military");
    assertThat(a).noneMatch(x -> x.text().equals("military"));
  }
}
