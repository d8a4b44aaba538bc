package org.observatory.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.config.Config;
import org.observatory.core.GreatCircle;
import org.observatory.pipeline.Pipeline;
import org.observatory.record.Agreement;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.Obligation;
import org.observatory.record.Place;
import org.observatory.record.SourceLink;
import org.observatory.service.ObservatoryService;
import org.observatory.service.Pipelines;
import org.observatory.source.InputFormat;
import org.observatory.source.ReadResult;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/**
 * The acceptance checks of the foundation issue, on the reference report
 * ({@code ../shared/seed/madaresharghi-idlib-convoy.txt}) analysed with the document date 2020-02-03, and without
 * a date. The same code is judged on unseen text: nothing here may be special-cased in the product.
 */
class SeedAcceptanceIT {

  private static final double SARAQIB_LAT = 35.8623;
  private static final double SARAQIB_LON = 36.8006;

  private static AnalysisRecord dated;
  private static AnalysisRecord undated;

  @BeforeAll
  static void analyseTheSeed() {
    String seed = SharedData.requireSeed().toString();
    Config config = Config.defaults();
    Pipeline pipeline = Pipelines.standard(config, Annotators.full());
    ObservatoryService service = new ObservatoryService(config, () -> pipeline);
    List<ReadResult> read = service.read(List.of(seed), InputFormat.AUTO);
    assertThat(read).hasSize(1).first().isInstanceOf(ReadResult.Success.class);
    var doc = ((ReadResult.Success) read.get(0)).document();
    dated = service.analyze(doc, LocalDate.of(2020, 2, 3)).record();
    undated = service.analyze(doc, null).record();
  }

  @Test
  void headerLineGivesOutletUrlAndTitle() {
    assertThat(dated.document().outlet()).isEqualTo("madaresharghi");
    assertThat(dated.document().url()).isEqualTo("https://madaresharghi.ir/en");
    assertThat(dated.document().title()).startsWith("Turkey dispatches large military convoy");
    assertThat(dated.document().text()).doesNotContain("[1]").doesNotContain("[2]");
  }

  @Test
  void convoyIsATurkishMilitaryMobilisationInIdlibOnSundayReportedBySohrAndPressTv() {
    assertThat(dated.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("MOBILIZE");
      assertThat(e.actors()).anyMatch(a -> "source".equals(a.role()) && "TUR".equals(a.country())
          && "military".equals(a.sector()));
      assertThat(e.location()).isNotNull();
      assertThat(inIdlib(e.location())).as("located in Idlib governorate or finer: %s", e.location()).isTrue();
      assertThat(value(e.date())).isEqualTo("2020-02-02");
      assertThat(e.modality()).isEqualTo("reported");
      assertThat(names(e.attribution())).anyMatch(n -> n.contains("Syrian Observatory") || n.contains("SOHR"));
      assertThat(names(e.attribution())).anyMatch(n -> n.toLowerCase().replace(" ", "").contains("presstv"));
    });
  }

  @Test
  void newMilitaryPostIsAHeadquartersOrBaseEstablishedNearSaraqib() {
    assertThat(dated.events()).anySatisfy(e -> {
      assertThat(e.acled()).isNotNull();
      assertThat(e.acled().eventType()).isEqualTo("Strategic developments");
      assertThat(e.acled().subEventType()).isEqualTo("Headquarters or base established");
      assertThat(e.location()).isNotNull();
      assertThat(GreatCircle.distanceKm(e.location().lat(), e.location().lon(), SARAQIB_LAT, SARAQIB_LON)).isLessThan(25.0);
    });
  }

  @Test
  void erdoganThreatIsConditionalDatedFridayAndTiedToHisQuote() {
    assertThat(dated.events()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("THREATEN");
      assertThat(e.actors()).anyMatch(a -> "source".equals(a.role()) && "TUR".equals(a.country()));
      assertThat(e.modality()).isEqualTo("conditional");
      assertThat(value(e.date())).isEqualTo("2020-01-31");
    });
    assertThat(dated.quotes()).anySatisfy(q -> {
      assertThat(q.text()).startsWith("We will do what is necessary");
      assertThat(Objects.toString(q.speakerCanonical()) + " " + q.speaker()).contains("Erdogan");
    });
  }

  @Test
  void backgroundEventsCarryTheirOwnDates() {
    List<String> dates = dated.events().stream().map(e -> value(e.date())).toList();
    assertThat(dates).contains("2020-01-25", "2019-08-05", "2019-10-09", "2019-10-22");
  }

  @Test
  void sochiAgreementHasRussiaAndTurkeyAndBothDeadlines() {
    Agreement sochi = agreement(a -> a.name().contains("Sochi"));
    assertThat(sochi.parties()).contains("Russia", "Turkey");
    assertThat(sochi.obligations()).extracting(o -> value(o.deadline())).contains("2018-10-17", "2018-10-15");
  }

  @Test
  void memorandumGivesTheYpgA150HourDeadlineAfterSigning() {
    Agreement memo = agreement(a -> a.name().toLowerCase().contains("memorandum"));
    assertThat(value(memo.signed())).isEqualTo("2019-10-22");
    Obligation withdraw = memo.obligations().stream().filter(o -> o.deadline() != null).findFirst().orElseThrow();
    DateValue d = withdraw.deadline();
    String earliest = d.earliest() != null ? d.earliest() : d.value();
    String latest = d.latest() != null ? d.latest() : d.value();
    assertThat(earliest).startsWith("2019-10-28");
    assertThat(latest).matches("2019-10-2[89].*");
  }

  @Test
  void usBrokeredFiveDayTruceIsAnAgreement() {
    Agreement truce = agreement(a -> a.name().toLowerCase().contains("truce"));
    assertThat(truce.brokers()).anyMatch(b -> b.contains("United States") || b.equals("USA") || b.equals("US"));
  }

  @Test
  void fiveDayTruceEndsHoursAfterTheOctober22AnnouncementAndStartedFiveDaysBefore() {
    Agreement truce = agreement(a -> a.name().toLowerCase().contains("truce"));
    assertThat(truce.expires().derivation()).isEqualTo("event");
    assertThat(truce.expires().earliest()).isEqualTo("2019-10-22T00:00");
    assertThat(truce.expires().latest()).isEqualTo("2019-10-24T00:00");
    assertThat(truce.signed().earliest()).isEqualTo("2019-10-17T00:00");
    assertThat(dated.events()).filteredOn(e -> e.type().equals("AGREE") && e.trigger().text().equals("truce"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.date().earliest()).isEqualTo("2019-10-17T00:00"));
    assertThat(dated.events()).allSatisfy(e -> assertThat(e.actors())
        .filteredOn(a -> a.role().equals("participant")).noneMatch(p -> e.actors().stream()
            .anyMatch(s -> s.role().equals("source") && s.canonical() != null
                && s.canonical().equals(p.canonical()) && java.util.Objects.equals(s.sector(), p.sector()))));
  }

  @Test
  void syrianPlacesResolveWithCoordinates() {
    for (String name : List.of("Saraqib", "Abu al-Duhur", "Idlib", "Aleppo", "Hama")) {
      assertThat(dated.places()).as(name).anySatisfy(p -> {
        assertThat(p.text()).contains(name);
        assertThat(p.country()).isEqualTo("SY");
        assertThat(p.lat()).isNotNull();
        assertThat(p.lon()).isNotNull();
      });
    }
  }

  @Test
  void observatoryIsNoPlaceAndKafrLusinIsNoPerson() {
    assertThat(dated.places()).noneMatch(p -> p.text().equals("Observatory"));
    assertThat(dated.entities()).noneMatch(e -> e.text().contains("Kafr Lusin") && e.type().equals("PERSON"));
    assertThat(dated.actors()).noneMatch(a -> a.text().contains("Kafr Lusin"));
  }

  @Test
  void withoutADateThePublicationRangeIsInferredAndNothingComesFromTheClock() {
    var published = undated.document().published();
    assertThat(published.source()).isEqualTo("inferred");
    assertThat(published.earliest()).isNotNull();
    assertThat(published.latest()).isNotNull();
    assertThat(published.earliest()).isLessThanOrEqualTo("2020-02-03");
    assertThat(published.latest()).isGreaterThanOrEqualTo("2020-02-03");
    String thisYear = Integer.toString(LocalDate.now().getYear());
    assertThat(undated.times()).noneMatch(t -> t.value() != null && t.value().startsWith(thisYear));
    assertThat(undated.events()).noneMatch(e -> value(e.date()) != null && value(e.date()).startsWith(thisYear));
  }

  private static Agreement agreement(Predicate<Agreement> which) {
    return dated.agreements().stream().filter(which).findFirst()
        .orElseThrow(() -> new AssertionError("no such agreement in " + dated.agreements()));
  }

  private static boolean inIdlib(Place p) {
    return "SY".equals(p.country()) && (contains(p.admin1(), "Idlib") || contains(p.name(), "Idlib"));
  }

  private static boolean contains(String s, String part) {
    return s != null && s.contains(part);
  }

  private static List<String> names(List<SourceLink> links) {
    return links.stream().map(SourceLink::name).toList();
  }

  private static String value(DateValue d) {
    return d == null ? null : d.value();
  }


}
