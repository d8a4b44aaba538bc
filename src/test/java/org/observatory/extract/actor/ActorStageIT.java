package org.observatory.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.document.Document;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.record.Actor;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

class ActorStageIT {

  private static ActorStage stage;

  @BeforeAll
  static void load() {
    SharedData.require(ActorDictionary.CAMEO_DIR);
    stage = new ActorStage(ActorDictionary.load(SharedData.dataDir()));
  }

  static List<Actor> actors(String text, LocalDate date) {
    Document d = Document.ofText(text, "test");
    return stage.actors(d, Annotators.full().annotate(new AnnotationRequest(text, date)), date);
  }

  static Optional<Actor> mention(List<Actor> actors, String text) {
    return actors.stream().filter(a -> a.text().equals(text)).findFirst();
  }

  private static List<Actor> seedActors;

  /** The seed's actors, annotated once per test class (annotation takes seconds). */
  static synchronized List<Actor> seed() throws IOException {
    if (seedActors == null) {
      String text = Files.readString(SharedData.requireSeed());
      seedActors = actors(text, LocalDate.of(2020, 2, 3));
    }
    return seedActors;
  }

  @Test
  void seedTurkeyTurkishAndAnkaraShareOneCanonical() throws IOException {
    List<Actor> a = seed();
    assertThat(mention(a, "Turkey")).hasValueSatisfying(x -> assertThat(x.country()).isEqualTo("TUR"));
    assertThat(mention(a, "Ankara").map(ActorIndex::identity)).isEqualTo(mention(a, "Turkey").map(ActorIndex::identity));
    assertThat(mention(a, "Turkish military forces")).hasValueSatisfying(x -> {
      assertThat(x.canonical()).isEqualTo("Turkey");
      assertThat(x.sector()).isEqualTo("military");
    });
  }

  @Test
  void seedUnitsMovedByTurkeyAreTurkishMilitaryAndMaterielIsNoActor() throws IOException {
    List<Actor> a = seed();
    for (String unit : List.of("military convoy", "column of military forces", "column")) {
      assertThat(mention(a, unit)).as(unit).hasValueSatisfying(x -> {
        assertThat(x.country()).isEqualTo("TUR");
        assertThat(x.sector()).isEqualTo("military");
      });
    }
    assertThat(a).noneMatch(x -> x.text().contains("tanks") || x.text().contains("carriers")
        || x.text().contains("hardware") || x.text().contains("arms") || x.text().contains("supplies"));
    assertThat(a).noneMatch(x -> x.canonical().equals("forces"));
  }

  @Test
  void seedSyrianArmyAndGovernmentForcesAreOneMilitaryActor() throws IOException {
    List<Actor> a = seed();
    Actor army = mention(a, "Syrian army").orElseThrow();
    Actor forces = mention(a, "Syrian government forces").orElseThrow();
    assertThat(ActorIndex.sameAgency(army, forces)).isTrue();
    assertThat(army.country()).isEqualTo("SYR");
    assertThat(army.sector()).isEqualTo("military");
  }

  @Test
  void seedPersonsCarryFullNameCountryAndTitle() throws IOException {
    List<Actor> a = seed();
    List<Actor> erdogan = a.stream().filter(x -> x.text().equals("Erdogan")).toList();
    assertThat(erdogan).isNotEmpty().allSatisfy(x -> {
      assertThat(x.canonical()).isEqualTo("Recep Tayyip Erdogan");
      assertThat(x.country()).isEqualTo("TUR");
      assertThat(x.title()).isEqualTo("President");
      assertThat(x.sector()).isIn("government", "person");
    });
    assertThat(a).anySatisfy(x -> {
      assertThat(x.canonical()).isEqualTo("Vladimir Putin");
      assertThat(x.country()).isEqualTo("RUS");
      assertThat(x.title()).isEqualTo("President");
    });
  }

  @Test
  void seedMonitorOutletsGroupsAndOrganisations() throws IOException {
    List<Actor> a = seed();
    assertThat(mention(a, "Syrian Observatory for Human Rights").map(Actor::sector)).contains("media");
    assertThat(mention(a, "SOHR").map(Actor::canonical)).contains("Syrian Observatory for Human Rights");
    assertThat(a).anySatisfy(x -> {
      assertThat(x.text()).contains("war monitor group");
      assertThat(x.canonical()).isEqualTo("Syrian Observatory for Human Rights");
    });
    assertThat(mention(a, "Presstv")).hasValueSatisfying(x -> {
      assertThat(x.sector()).isEqualTo("media");
      assertThat(x.country()).isEqualTo("IRN");
    });
    assertThat(mention(a, "YPG").map(Actor::sector)).hasValueSatisfying(s -> assertThat(s).isIn("rebel", "militia"));
    assertThat(mention(a, "PKK").map(Actor::sector)).contains("rebel");
    assertThat(a).anySatisfy(x -> {
      assertThat(x.canonical()).isEqualTo("United Nations");
      assertThat(x.sector()).isEqualTo("igo");
    });
    assertThat(a).anySatisfy(x -> {
      assertThat(x.text()).startsWith("Syria’s Ministry of Foreign Affairs");
      assertThat(x.country()).isEqualTo("SYR");
      assertThat(x.sector()).isEqualTo("government");
    });
  }

  @Test
  void seedPlacesAreNotActors() throws IOException {
    List<Actor> a = seed();
    assertThat(a).noneMatch(x -> x.text().contains("Kafr Lusin"));
    assertThat(a).noneMatch(x -> x.text().equals("Idlib") || x.text().equals("Aleppo"));
    assertThat(a).noneMatch(x -> x.text().equals("Syrian") || x.text().equals("Britain"));
  }

  @Test
  void metonymyCoordinationAndPlaceUseInOwnSentences() {
    List<Actor> a = actors("Moscow and Tehran condemned the strike, while the Kremlin said Russian troops "
        + "would stay in Syria. Iranian President Hassan Rouhani and Putin met in Sochi.", LocalDate.of(2019, 9, 16));
    assertThat(mention(a, "Moscow").map(Actor::country)).contains("RUS");
    assertThat(mention(a, "Tehran").map(Actor::country)).contains("IRN");
    assertThat(a).anySatisfy(x -> {
      assertThat(x.text()).contains("Kremlin");
      assertThat(x.country()).isEqualTo("RUS");
    });
    assertThat(mention(a, "Russian troops").map(Actor::sector)).contains("military");
    assertThat(a).noneMatch(x -> x.text().equals("Syria"));
    assertThat(mention(a, "Putin").map(Actor::canonical)).contains("Vladimir Putin");
    assertThat(a).anySatisfy(x -> {
      assertThat(x.text()).endsWith("Hassan Rouhani");
      assertThat(x.country()).isEqualTo("IRN");
    });
  }
}
