package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.GreatCircle;
import org.observatory.config.Config;
import org.observatory.document.Document;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;
import org.observatory.record.SourceLink;
import org.observatory.service.Pipelines;
import org.observatory.source.DocumentReader;
import org.observatory.source.InputFormat;
import org.observatory.source.ReadResult;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/** The seed's event acceptance items through the whole standard pipeline (every stage as merged on main). */
class EventSeedPipelineIT {

  private static final double SARAQIB_LAT = 35.8644;
  private static final double SARAQIB_LON = 36.8006;

  private static List<Event> cached;

  /** The seed's events, computed once per test class (the pipeline is deterministic). */
  private static synchronized List<Event> seedEvents() {
    if (cached == null) {
      cached = computeSeedEvents();
    }
    return cached;
  }

  private static List<Event> computeSeedEvents() {
    String seed = SharedData.requireSeed().toString();
    ReadResult read = new DocumentReader().read(seed, InputFormat.TEXT, Config.defaults()).get(0);
    Document doc = ((ReadResult.Success) read).document().withPublished(LocalDate.of(2020, 2, 3), "option");
    AnalysisRecord r = Pipelines.standard(Config.defaults(), Annotators.full()).run(doc).record();
    return r.events();
  }

  @Test
  void seedEventsMeetTheAcceptanceListThroughTheWholePipeline() {
    List<Event> events = seedEvents();

    assertThat(events).as("MOBILIZE into Syria, Idlib, 2020-02-02, reported, SOHR and Press TV").anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("MOBILIZE");
      assertThat(e.date().value()).isEqualTo("2020-02-02");
      assertThat(e.modality()).isEqualTo("reported");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().admin1() + " " + e.location().name()).contains("Idlib");
      assertThat(e.attribution()).extracting(SourceLink::name)
          .anySatisfy(n -> assertThat(n).contains("Syrian Observatory"))
          .anySatisfy(n -> assertThat(n).containsIgnoringCase("Press TV"));
      assertThat(e.actors()).anySatisfy(a -> {
        assertThat(a.canonical()).isEqualTo("Turkey");
        assertThat(a.sector()).isEqualTo("military");
      });
    });
    assertThat(events).as("base established within 25 km of Saraqib").anySatisfy(e -> {
      assertThat(e.acled()).isNotNull();
      assertThat(e.acled().eventType()).isEqualTo("Strategic developments");
      assertThat(e.acled().subEventType()).isEqualTo("Headquarters or base established");
      assertThat(GreatCircle.distanceKm(e.location().lat(), e.location().lon(), SARAQIB_LAT, SARAQIB_LON))
          .isLessThan(25);
    });
    assertThat(events).as("conditional threat by Erdogan on Friday, tied to his quote").anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("THREATEN");
      assertThat(e.modality()).isEqualTo("conditional");
      assertThat(e.date().value()).isEqualTo("2020-01-31");
      assertThat(e.quote()).isNotNull();
      assertThat(e.actors()).anySatisfy(a -> assertThat(a.canonical()).contains("Erdogan"));
    });
    assertThat(events).extracting(e -> e.date().value())
        .contains("2020-01-25", "2019-08-05", "2019-10-09", "2019-10-22");
  }

  private static List<Event> inSentence(List<Event> events, String text, String opening) {
    return events.stream()
        .filter(e -> e.evidence().of(text).replace('\u00a0', ' ').startsWith(opening)).toList();
  }

  private static String seedText() {
    String seed = SharedData.requireSeed().toString();
    ReadResult read = new DocumentReader().read(seed, InputFormat.TEXT, Config.defaults()).get(0);
    return ((ReadResult.Success) read).document().text();
  }

  /**
   * Seed sentence (with a no-break space after "came") "It came after those positioned in the de-escalation zone failed to honor a ceasefire brokered by
   * Russia and Turkey and continued to target civilian neighborhoods.", and "Under the Sochi agreement, ...".
   */
  @Test
  void failingToHonorTheBrokeredCeasefireIsOneAssertedRejectAndTheTargetingAnAssaultBySameGroup() {
    List<Event> events = seedEvents();
    List<Event> came = inSentence(events, seedText(), "It came after");

    assertThat(came).noneMatch(e -> e.modality().equals("negated"));
    assertThat(came).noneMatch(e -> e.type().equals("MOBILIZE"));
    assertThat(came).filteredOn(e -> e.type().equals("REJECT")).singleElement().satisfies(e -> {
      assertThat(e.trigger().text()).isEqualTo("honor");
      assertThat(e.modality()).isEqualTo("asserted");
      assertThat(e.agreement()).isNotNull();
      assertThat(e.actors()).anySatisfy(a -> {
        assertThat(a.role()).isEqualTo("source");
        assertThat(a.text()).contains("positioned in the de-escalation zone");
      });
    });
    assertThat(came).filteredOn(e -> e.type().equals("ASSAULT")).singleElement().satisfies(e ->
        assertThat(e.actors()).anySatisfy(a -> {
          assertThat(a.role()).isEqualTo("source");
          assertThat(a.text()).contains("positioned in the de-escalation zone");
        }));
    assertThat(came).filteredOn(e -> e.type().equals("AGREE")).allSatisfy(e ->
        assertThat(e.location() == null ? "" : e.location().country()).isNotEqualTo("RU"));
    assertThat(inSentence(events, seedText(), "Under the Sochi agreement"))
        .allSatisfy(e -> assertThat(e.actors()).noneMatch(a -> a.text().equals("Sochi")));
  }

  /**
   * Seed sentence "Turkey has reportedly brought in a new column ... to be deployed in Syria's northwestern province
   * of Idlib, only two days after President Recep Tayyip Erdogan said Turkey may launch a military operation there
   * if ...": one MOBILIZE dated two days after the statement, one THREATEN.
   */
  @Test
  void theConvoySentenceHasOneMobilizeDatedByTheStatementAndOneThreat() {
    List<Event> events = inSentence(seedEvents(), seedText(), "Turkey has reportedly brought in");

    assertThat(events).filteredOn(e -> e.type().equals("MOBILIZE")).singleElement().satisfies(e -> {
      assertThat(e.date().value()).isEqualTo("2020-02-02");
      assertThat(e.location().admin1() + " " + e.location().name()).contains("Idlib");
    });
    assertThat(events).filteredOn(e -> e.type().equals("THREATEN")).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo("2020-01-31"));
  }

  /** Seed sentence "Ankara views the US-backed YPG as a terrorist organization tied to the ... (PKK), which has been seeking ...". */
  @Test
  void theRelativeClauseAfterThePkkHasThePkkAsItsSubject() {
    List<Event> events = inSentence(seedEvents(), seedText(), "Ankara views");

    assertThat(events).filteredOn(e -> e.trigger().text().equals("seeking")).singleElement()
        .satisfies(e -> assertThat(e.actors()).filteredOn(a -> a.role().equals("source"))
            .noneMatch(a -> a.text().contains("organization"))
            .anySatisfy(a -> assertThat(a.text() + " " + a.canonical()).containsAnyOf("PKK", "Kurdistan Workers")));
  }

  @Test
  void theYpgWithdrawalOfTheMemorandumSentenceIsDatedByItsWithin150HoursDeadline() {
    List<Event> events = inSentence(seedEvents(), seedText(), "On October 22, Russian President");

    assertThat(events).filteredOn(e -> e.type().equals("RETREAT")).singleElement().satisfies(e -> {
      assertThat(e.modality()).isEqualTo("obligation");
      assertThat(e.date().text()).isEqualTo("within 150 hours");
      assertThat(e.date().earliest()).startsWith("2019-10-28");
    });
  }
}
