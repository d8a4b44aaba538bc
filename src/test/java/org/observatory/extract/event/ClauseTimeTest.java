package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * Invented sentences: a word deep inside a clause takes the time attached to that clause, never across a clause
 * boundary; a day right after a reporting verb dates the report, not the reported clause.
 */
class ClauseTimeTest {

  private static final EventDater DATER = new EventDater();

  private static TimeExpression day(ParseBuilder b, int token, String value) {
    Span s = b.span(token);
    return new TimeExpression(b.text().substring(s.start(), s.end()), s.start(), s.end(), "DATE", value, "day",
        "document-date", "document date", Provenance.of("times", "test", s));
  }

  private static DateValue dateOf(Sentence s, int token, TimeExpression t) {
    return DATER.date(new DepGraph(s), token, "asserted", List.of(t), null);
  }

  @Test
  void anEventNounInsideAPrepositionalPhraseTakesTheTimeOfItsClause() {
    ParseBuilder b = new ParseBuilder().toks("The/DT/the", "envoy/NN/envoy", "paid/VBD/pay", "tribute/NN/tribute",
        "on/IN/on", "Tuesday/NNP/Tuesday", "during/IN/during", "a/DT/a", "visit/NN/visit")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("obl:on", 2, 5)
        .dep("case", 5, 4).dep("obl:during", 2, 8).dep("case", 8, 6).dep("det", 8, 7);
    assertThat(dateOf(b.annotation().sentences().get(0), 8, day(b, 5, "2031-03-11")).value())
        .isEqualTo("2031-03-11");
  }

  @Test
  void anOpenComplementTakesTheTimeOfTheVerbItCompletes() {
    ParseBuilder b = new ParseBuilder().toks("On/IN/on", "Tuesday/NNP/Tuesday", "the/DT/the", "league/NN/league",
        "plans/VBZ/plan", "to/TO/to", "hold/VB/hold", "a/DT/a", "conference/NN/conference")
        .dep("root", -1, 4).dep("case", 1, 0).dep("obl:on", 4, 1).dep("det", 3, 2).dep("nsubj", 4, 3)
        .dep("mark", 6, 5).dep("xcomp", 4, 6).dep("det", 8, 7).dep("obj", 6, 8);
    assertThat(dateOf(b.annotation().sentences().get(0), 6, day(b, 1, "2031-03-11")).value())
        .isEqualTo("2031-03-11");
  }

  @Test
  void aNounInARelativeClauseDoesNotTakeTheTimeOfTheMainClause() {
    ParseBuilder b = new ParseBuilder().toks("Police/NNS/police", "arrested/VBD/arrest", "on/IN/on",
        "Friday/NNP/Friday", "a/DT/a", "man/NN/man", "who/WP/who", "planned/VBD/plan", "the/DT/the",
        "attack/NN/attack")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("obj", 1, 5)
        .dep("det", 5, 4).dep("acl:relcl", 5, 7).dep("nsubj", 7, 6).dep("obj", 7, 9).dep("det", 9, 8);
    assertThat(dateOf(b.annotation().sentences().get(0), 9, day(b, 3, "2031-03-14")).value()).isNull();
  }

  @Test
  void aGerundAfterAPrepositionDoesNotTakeTheTimeOfTheVerbItHangsFrom() {
    ParseBuilder b = new ParseBuilder().toks("He/PRP/he", "was/VBD/be", "charged/VBN/charge", "on/IN/on",
        "Thursday/NNP/Thursday", "with/IN/with", "violating/VBG/violate", "the/DT/the", "law/NN/law")
        .dep("root", -1, 2).dep("nsubj:pass", 2, 0).dep("aux:pass", 2, 1).dep("obl:on", 2, 4).dep("case", 4, 3)
        .dep("obl:with", 2, 6).dep("case", 6, 5).dep("obj", 6, 8).dep("det", 8, 7);
    assertThat(dateOf(b.annotation().sentences().get(0), 6, day(b, 4, "2031-03-13")).value()).isNull();
  }

  @Test
  void aDayRightAfterSaidDatesTheReportNotTheReportedClause() {
    ParseBuilder b = new ParseBuilder().toks("The/DT/the", "minister/NN/minister", "said/VBD/say",
        "Friday/NNP/Friday", "the/DT/the", "army/NN/army", "had/VBD/have", "withdrawn/VBN/withdraw")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obl:tmod", 7, 3).dep("det", 5, 4)
        .dep("nsubj", 7, 5).dep("aux", 7, 6).dep("ccomp", 2, 7);
    Sentence repaired = ParseRepair.repair(b.annotation().sentences().get(0));
    TimeExpression friday = day(b, 3, "2031-03-14");
    assertThat(dateOf(repaired, 2, friday).value()).isEqualTo("2031-03-14");
    DateValue withdrawn = dateOf(repaired, 7, friday);
    assertThat(withdrawn.latest()).as("reported content: on or before the report").isEqualTo("2031-03-14");
    assertThat(withdrawn.precision()).isEqualTo("approximate");
  }

  @Test
  void anEventNounInsideAnotherNounsPhraseDoesNotTakeTheClauseTime() {
    ParseBuilder b = new ParseBuilder().toks("Officials/NNS/official", "complained/VBD/complain", "on/IN/on",
        "Monday/NNP/Monday", "about/IN/about", "the/DT/the", "use/NN/use", "of/IN/of", "gas/NN/gas", "in/IN/in",
        "the/DT/the", "attack/NN/attack")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("obl:about", 1, 6)
        .dep("case", 6, 4).dep("det", 6, 5).dep("nmod:of", 6, 8).dep("case", 8, 7).dep("nmod:in", 6, 11)
        .dep("case", 11, 9).dep("det", 11, 10);
    assertThat(dateOf(b.annotation().sentences().get(0), 11, day(b, 3, "2031-03-10")).value()).isNull();
  }

  @Test
  void anEventNounAfterWhichTheClauseHappenedDoesNotTakeItsTime() {
    ParseBuilder b = new ParseBuilder().toks("Jets/NNS/jet", "struck/VBD/strike", "on/IN/on", "Friday/NNP/Friday",
        "after/IN/after", "a/DT/a", "truce/NN/truce")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("obl:after", 1, 6)
        .dep("case", 6, 4).dep("det", 6, 5);
    assertThat(dateOf(b.annotation().sentences().get(0), 6, day(b, 3, "2031-03-14")).value()).isNull();
  }

  @Test
  void aDateAfterByBoundsTheEventFromAboveInsteadOfDatingIt() {
    ParseBuilder b = new ParseBuilder().toks("Troops/NNS/troop", "must/MD/must", "withdraw/VB/withdraw", "by/IN/by",
        "Friday/NNP/Friday")
        .dep("root", -1, 2).dep("nsubj", 2, 0).dep("aux", 2, 1).dep("obl:by", 2, 4).dep("case", 4, 3);
    DateValue d = DATER.date(new DepGraph(b.annotation().sentences().get(0)), 2, "obligation",
        List.of(day(b, 4, "2031-03-14")), null);
    assertThat(d.latest()).isEqualTo("2031-03-14");
    assertThat(d.earliest()).isNull();
    assertThat(d.precision()).isEqualTo("approximate");
  }

  @Test
  void aPassiveParticipleOfAnEventNounTakesTheTimeOfTheNounsClause() {
    ParseBuilder b = new ParseBuilder().toks("Poland/NNP/Poland", "joined/VBD/join", "on/IN/on", "Friday/NNP/Friday",
        "at/IN/at", "a/DT/a", "ceremony/NN/ceremony", "held/VBN/hold", "in/IN/in", "Missouri/NNP/Missouri")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("obl:at", 1, 6)
        .dep("case", 6, 4).dep("det", 6, 5).dep("acl", 6, 7).dep("obl:in", 7, 9).dep("case", 9, 8);
    assertThat(dateOf(b.annotation().sentences().get(0), 7, day(b, 3, "2031-03-14")).value())
        .isEqualTo("2031-03-14");
  }
}
