package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/** The time stage (SUTime candidates) on the seed report, with CoreNLP, with and without the document date. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeStageSeedIT {

  private static final LocalDate DATE = LocalDate.of(2020, 2, 3);
  private String text;
  private AnalysisState dated;
  private AnalysisState undated;

  /** The stage under test; subclasses choose another tagger. */
  TimeStage stage() {
    return new TimeStage();
  }

  @BeforeAll
  void analyse() throws IOException {
    TimeStage stage = stage();
    text = Files.readString(SharedData.requireSeed(), StandardCharsets.UTF_8);
    Document d = Document.ofText(text, "seed").withPublished(DATE, "option");
    ActorDictionary dictionary = ActorDictionary.load(SharedData.dataDir());
    ActorStage actors = new ActorStage(dictionary);
    DocDateStage docDate = new DocDateStage(dictionary);
    dated = stage.apply(docDate.apply(actors.apply(AnalysisState.of(d)
        .with(Slot.ANNOTATION, Annotators.full().annotate(new AnnotationRequest(text, DATE))))));
    Document u = Document.ofText(text, "seed");
    undated = stage.apply(docDate.apply(actors.apply(AnalysisState.of(u)
        .with(Slot.ANNOTATION, Annotators.full().annotate(new AnnotationRequest(text, null))))));
  }

  private TimeExpression at(AnalysisState s, String words) {
    int offset = text.indexOf(words);
    assertThat(offset).as("seed contains " + words).isGreaterThanOrEqualTo(0);
    List<TimeExpression> times = s.get(Slot.TIMES);
    return times.stream().filter(t -> t.start() <= offset && offset < t.end()).findFirst()
        .orElseThrow(() -> new AssertionError("no time expression at '" + words + "' in " + times));
  }

  @Test
  void sundayInThePastTenseReportIsTheDayBeforePublication() {
    assertThat(at(dated, "Sunday").value()).isEqualTo("2020-02-02");
  }

  @Test
  void fridayOfErdogansStatementIsThePrecedingFriday() {
    assertThat(at(dated, "Friday").value()).isEqualTo("2020-01-31");
  }

  @Test
  void yearlessDatesTakeTheNearestYear() {
    assertThat(at(dated, "January 25").value()).isEqualTo("2020-01-25");
    assertThat(at(dated, "October 9").value()).isEqualTo("2019-10-09");
    assertThat(at(dated, "October 22").value()).isEqualTo("2019-10-22");
  }

  @Test
  void augustFifthLastYearIsInThePreviousYear() {
    assertThat(at(dated, "August 5").value()).isEqualTo("2019-08-05");
  }

  @Test
  void twoDaysEarlierIsAnchoredToTheSochiDeadlineNotToPublication() {
    TimeExpression t = at(dated, "two days earlier");
    assertThat(t.value()).isEqualTo("2018-10-15");
    assertThat(t.derivation()).isEqualTo("anchor");
    assertThat(t.anchor()).contains("October 17 2018");
  }

  @Test
  void withinOneHundredFiftyHoursIsAnIntervalFromTheSigning() {
    TimeExpression t = at(dated, "150 hours");
    assertThat(t.earliest()).isEqualTo("2019-10-22");
    assertThat(t.latest()).startsWith("2019-10-29");
  }

  @Test
  void publishedIsTheGivenDate() {
    Published p = dated.get(Slot.PUBLISHED);
    assertThat(p.value()).isEqualTo("2020-02-03");
    assertThat(p.source()).isEqualTo("option");
  }

  @Test
  void withoutDateNoValueComesFromTheMachineClock() {
    String clockYear = Integer.toString(LocalDate.now().getYear());
    for (TimeExpression t : undated.get(Slot.TIMES)) {
      if (t.value() != null && !text.contains(clockYear)) {
        assertThat(t.value()).as(t.text()).doesNotContain(clockYear);
      }
      if (t.derivation().equals("document-date")) {
        throw new AssertionError("resolved against a document date nobody gave: " + t);
      }
    }
    assertThat(at(undated, "Friday").value()).isEqualTo("XXXX-WXX-5");
    assertThat(at(undated, "Friday").derivation()).isEqualTo("unresolved");
    assertThat(at(undated, "October 9").value()).isEqualTo("XXXX-10-09");
  }

  @Test
  void withoutDateTheAnchoredOffsetIsStillResolved() {
    assertThat(at(undated, "two days earlier").value()).isEqualTo("2018-10-15");
  }

  @Test
  void withoutDatePublicationIsInferredAsARangeHoldingTheTrueDate() {
    Published p = undated.get(Slot.PUBLISHED);
    assertThat(p.source()).isEqualTo("inferred");
    assertThat(p.method()).isNotBlank();
    assertThat(LocalDate.parse(p.earliest())).isBeforeOrEqualTo(DATE);
    assertThat(LocalDate.parse(p.latest())).isAfterOrEqualTo(DATE);
  }
}
