package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.TimeExpression;

/** Invented sentences: events dated by a stretch, by "since", or by the speech time of their quotation. */
class EventIntervalDateTest {

  private static final Published REPORT = new Published("2031-05-14", "input", "2031-05-14", "2031-05-14", null);

  private static TimeExpression time(ParseBuilder b, int from, int to, String type, String value, String earliest,
      String latest) {
    Span s = new Span(b.span(from).start(), b.span(to).end());
    return new TimeExpression(b.text().substring(s.start(), s.end()), s.start(), s.end(), type, value, "day",
        "document-date", "document date", Provenance.of("times", "test", s), earliest, latest);
  }

  @Test
  void anEventSinceADayLastsFromThatDayToTheReport() {
    ParseBuilder b = new ParseBuilder().toks("Since/IN/since", "Tuesday/NNP/Tuesday", "dozens/NNS/dozen",
        "have/VBP/have", "been/VBN/be", "killed/VBN/kill")
        .dep("root", -1, 5).dep("obl:since", 5, 1).dep("case", 1, 0).dep("nsubj:pass", 5, 2).dep("aux", 5, 3)
        .dep("aux:pass", 5, 4);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression tuesday = time(b, 1, 1, "DATE", "2031-05-13", null, null);
    DateValue d = new EventDater().date(g, 5, "asserted", List.of(tuesday), REPORT);
    assertThat(d.value()).isEqualTo("2031-05-13/2031-05-14");
    assertThat(d.earliest()).isEqualTo("2031-05-13");
    assertThat(d.latest()).isEqualTo("2031-05-14");
    assertThat(d.precision()).isEqualTo("approximate");
  }

  @Test
  void anEventInAStretchOfThePastDaysTakesItsBounds() {
    ParseBuilder b = new ParseBuilder().toks("Jets/NNS/jet", "hit/VBD/hit", "bridges/NNS/bridge", "in/IN/in",
        "the/DT/the", "past/JJ/past", "three/CD/three", "days/NNS/day")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("obl:in", 1, 7).dep("case", 7, 3)
        .dep("det", 7, 4).dep("amod", 7, 5).dep("nummod", 7, 6);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression stretch = time(b, 4, 7, "DURATION", "P3D", "2031-05-11", "2031-05-14");
    DateValue d = new EventDater().date(g, 1, "asserted", List.of(stretch), REPORT);
    assertThat(d.value()).isEqualTo("2031-05-11/2031-05-14");
    assertThat(d.earliest()).isEqualTo("2031-05-11");
  }

  @Test
  void anUndatedEventInADatedQuotationLiesOnOrBeforeTheSpeech() {
    DateValue report = DateValue.documentDate(REPORT, false);
    DateValue said = new DateValue("2031-05-10", "day", "Saturday", "document-date", null, null);
    List<Quote> quotes = List.of(new Quote("...", 0, 3, "a source", null, said, Provenance.of("q", "q", null)));
    DateValue d = EventDater.bySpeech(report, "asserted", 0, quotes);
    assertThat(d.value()).isEqualTo("2031-05-10");
    assertThat(d.latest()).isEqualTo("2031-05-10");
    assertThat(d.derivation()).isEqualTo("anchor");
    assertThat(EventDater.bySpeech(report, ModalityFinder.PLANNED, 0, quotes)).isEqualTo(report);
  }

  @Test
  void anEventFromOneDateToAnotherSpansBoth() {
    ParseBuilder b = new ParseBuilder().toks("The/DT/the", "blockade/NN/blockade", "lasted/VBD/last", "from/IN/from",
        "March/NNP/March", "2/CD/2", "to/TO/to", "April/NNP/April", "9/CD/9")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obl:from", 2, 4).dep("case", 4, 3)
        .dep("nummod", 4, 5).dep("obl:to", 2, 7).dep("case", 7, 6).dep("nummod", 7, 8);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression june = time(b, 4, 5, "DATE", "2031-03-02", null, null);
    TimeExpression july = time(b, 7, 8, "DATE", "2031-04-09", null, null);
    DateValue d = new EventDater().date(g, 2, "asserted", List.of(june, july), REPORT);
    assertThat(d.value()).isEqualTo("2031-03-02/2031-04-09");
    assertThat(d.earliest()).isEqualTo("2031-03-02");
    assertThat(d.latest()).isEqualTo("2031-04-09");
  }

  @Test
  void anEventSinceAClauseWithADateLastsFromThatDateToTheReport() {
    ParseBuilder b = new ParseBuilder().toks("Hundreds/NNS/hundred", "have/VBP/have", "died/VBN/die", "since/IN/since",
        "the/DT/the", "siege/NN/siege", "began/VBD/begin", "in/IN/in", "June/NNP/June", "2029/CD/2029")
        .dep("root", -1, 2).dep("nsubj", 2, 0).dep("aux", 2, 1).dep("advcl:since", 2, 6).dep("mark", 6, 3)
        .dep("det", 5, 4).dep("nsubj", 6, 5).dep("obl:in", 6, 8).dep("case", 8, 7).dep("nummod", 8, 9);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression june = time(b, 8, 9, "DATE", "2029-06", null, null);
    DateValue d = new EventDater().date(g, 2, "asserted", List.of(june), REPORT);
    assertThat(d.value()).isEqualTo("2029-06-01/2031-05-14");
    assertThat(d.earliest()).isEqualTo("2029-06-01");
    assertThat(d.latest()).isEqualTo("2031-05-14");
    assertThat(d.derivation()).isEqualTo("anchor");
  }

  @Test
  void anEventOnTwoConjoinedDaysSpansBoth() {
    ParseBuilder b = new ParseBuilder().toks("Jets/NNS/jet", "struck/VBD/strike", "the/DT/the", "port/NN/port",
        "on/IN/on", "Friday/NNP/Friday", "and/CC/and", "Saturday/NNP/Saturday")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("obl:on", 1, 5)
        .dep("case", 5, 4).dep("cc", 7, 6).dep("conj:and", 5, 7);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression friday = time(b, 5, 5, "DATE", "2031-05-09", null, null);
    TimeExpression saturday = time(b, 7, 7, "DATE", "2031-05-10", null, null);
    DateValue d = new EventDater().date(g, 1, "asserted", List.of(friday, saturday), REPORT);
    assertThat(d.value()).isEqualTo("2031-05-09/2031-05-10");
    assertThat(d.earliest()).isEqualTo("2031-05-09");
    assertThat(d.latest()).isEqualTo("2031-05-10");
  }

  @Test
  void anEventSinceWhichMoreThanThreeYearsHavePassedLiesBeforeThem() {
    ParseBuilder b = new ParseBuilder().toks("It/PRP/it", "is/VBZ/be", "more/JJR/more", "than/IN/than",
        "three/CD/three", "years/NNS/year", "since/IN/since", "rebels/NNS/rebel", "took/VBD/take", "the/DT/the",
        "dam/NN/dam")
        .dep("root", -1, 5).dep("nsubj", 5, 0).dep("cop", 5, 1).dep("advmod", 4, 2).dep("fixed", 2, 3)
        .dep("nummod", 5, 4).dep("mark", 8, 6).dep("nsubj", 8, 7).dep("advcl:since", 5, 8).dep("obj", 8, 10)
        .dep("det", 10, 9);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    Span s = new Span(b.span(2).start(), b.span(5).end());
    TimeExpression years = new TimeExpression(b.text().substring(s.start(), s.end()), s.start(), s.end(),
        "DURATION", "P3Y", "approximate", "explicit", null, Provenance.of("times", "test", s));
    DateValue d = new EventDater().date(g, 8, "asserted", List.of(years), REPORT);
    assertThat(d.value()).isEqualTo("2028-05-14");
    assertThat(d.latest()).isEqualTo("2028-05-14");
    assertThat(d.precision()).isEqualTo("approximate");
  }

  @Test
  void aSinceClauseOnAConjoinedVerbAlsoStartsTheFirstVerbsInterval() {
    ParseBuilder b = new ParseBuilder().toks("Hundreds/NNS/hundred", "died/VBD/die", "and/CC/and", "fled/VBD/flee",
        "since/IN/since", "fighting/NN/fighting", "began/VBD/begin", "in/IN/in", "2029/CD/2029")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("cc", 3, 2).dep("conj:and", 1, 3).dep("advcl:since", 3, 6)
        .dep("mark", 6, 4).dep("nsubj", 6, 5).dep("obl:in", 6, 8).dep("case", 8, 7);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression year = time(b, 8, 8, "DATE", "2029", null, null);
    DateValue d = new EventDater().date(g, 1, "asserted", List.of(year), REPORT);
    assertThat(d.value()).isEqualTo("2029-01-01/2031-05-14");
  }
}
