package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/** Invented sentences: an event without a time of its own takes the time of the clause it shares it with. */
class ClauseMatesTest {

  private static final EventDater DATER = new EventDater();

  private static TimeExpression day(ParseBuilder b, int token, String value) {
    Span s = b.span(token);
    return new TimeExpression(b.text().substring(s.start(), s.end()), s.start(), s.end(), "DATE", value, "day",
        "document-date", "document date", Provenance.of("times", "test", s));
  }

  private static DateValue dateOf(ParseBuilder b, int verb, TimeExpression t, String modality) {
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    return DATER.date(g, verb, modality, List.of(t), null);
  }

  @Test
  void theFirstOfTwoConjoinedVerbsTakesTheTimeOfTheSecond() {
    ParseBuilder b = new ParseBuilder().toks("Three/CD/three", "were/VBD/be", "killed/VBN/kill", "and/CC/and",
        "two/CD/two", "were/VBD/be", "wounded/VBN/wound", "on/IN/on", "Monday/NNP/Monday")
        .dep("root", -1, 2).dep("nsubj:pass", 2, 0).dep("aux:pass", 2, 1).dep("cc", 6, 3).dep("conj:and", 2, 6)
        .dep("nsubj:pass", 6, 4).dep("aux:pass", 6, 5).dep("obl:on", 6, 8).dep("case", 8, 7);
    TimeExpression monday = day(b, 8, "2031-03-10");
    assertThat(dateOf(b, 2, monday, "asserted").value()).isEqualTo("2031-03-10");
    assertThat(dateOf(b, 2, monday, "asserted").derivation()).isEqualTo("anchor");
  }

  @Test
  void aParticipleTakesTheTimeOfTheVerbItHangsFrom() {
    ParseBuilder b = new ParseBuilder().toks("Troops/NNS/troop", "shelled/VBD/shell", "the/DT/the",
        "village/NN/village", "on/IN/on", "Sunday/NNP/Sunday", "killing/VBG/kill", "four/CD/four")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("obl:on", 1, 5)
        .dep("case", 5, 4).dep("advcl", 1, 6).dep("obj", 6, 7);
    assertThat(dateOf(b, 6, day(b, 5, "2031-03-09"), "asserted").value()).isEqualTo("2031-03-09");
  }

  @Test
  void aBeforeClauseDoesNotShareTheTimeOfItsGovernor() {
    ParseBuilder b = new ParseBuilder().toks("Troops/NNS/troop", "withdrew/VBD/withdraw", "on/IN/on",
        "Sunday/NNP/Sunday", "before/IN/before", "rebels/NNS/rebel", "attacked/VBD/attack")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("advcl:before", 1, 6)
        .dep("mark", 6, 4).dep("nsubj", 6, 5);
    assertThat(dateOf(b, 6, day(b, 3, "2031-03-09"), "asserted").value()).isNull();
  }

  @Test
  void aNominalEventTakesTheTimeOfTheVerbSayingItHappened() {
    ParseBuilder b = new ParseBuilder().toks("Clashes/NNS/clash", "raged/VBD/rage", "on/IN/on",
        "Thursday/NNP/Thursday")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2);
    assertThat(dateOf(b, 0, day(b, 3, "2031-03-13"), "asserted").value()).isEqualTo("2031-03-13");
  }

  @Test
  void aMovingForceTakesTheTimeOfTheVerbSayingItArrivedEvenWhenTheParseLeavesTheTimeAsDep() {
    ParseBuilder b = new ParseBuilder().toks("The/DT/the", "day/NN/day", "after/IN/after", ",/,/,", "aid/NN/aid",
        "convoys/NNS/convoy", "arrived/VBD/arrive")
        .dep("root", -1, 6).dep("det", 1, 0).dep("dep", 6, 1).dep("mark", 6, 2).dep("punct", 6, 3)
        .dep("compound", 5, 4).dep("nsubj", 6, 5);
    assertThat(dateOf(b, 5, day(b, 1, "2031-03-03"), "asserted").value()).isEqualTo("2031-03-03");
  }

  @Test
  void nowDatesNoEvent() {
    ParseBuilder b = new ParseBuilder().toks("Rebels/NNS/rebel", "now/RB/now", "hold/VBP/hold", "the/DT/the",
        "town/NN/town")
        .dep("root", -1, 2).dep("nsubj", 2, 0).dep("advmod", 2, 1).dep("obj", 2, 4).dep("det", 4, 3);
    Span s = b.span(1);
    TimeExpression now = new TimeExpression("now", s.start(), s.end(), "DATE", "PRESENT_REF", "approximate",
        "document-date", "document date", Provenance.of("times", "test", s));
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    assertThat(DATER.date(g, 2, "asserted", List.of(now), null).value()).isNull();
  }

  @Test
  void aParticipleOnANounTakesTheTimeOfThatNounsVerbAndSoDoesItsResult() {
    ParseBuilder b = new ParseBuilder().toks("Troops/NNS/troop", "clashed/VBD/clash", "on/IN/on",
        "Friday/NNP/Friday", "with/IN/with", "rebels/NNS/rebel", "killing/VBG/kill", "two/CD/two",
        "and/CC/and", "leaving/VBG/leave", "five/CD/five", "wounded/VBN/wound")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("obl:with", 1, 5)
        .dep("case", 5, 4).dep("acl", 5, 6).dep("obj", 6, 7).dep("cc", 9, 8).dep("dep", 1, 9)
        .dep("nsubj", 11, 10).dep("xcomp", 9, 11);
    TimeExpression friday = day(b, 3, "2031-03-14");
    assertThat(dateOf(b, 6, friday, "asserted").value()).isEqualTo("2031-03-14");
    assertThat(dateOf(b, 11, friday, "asserted").value()).isEqualTo("2031-03-14");
  }

  @Test
  void aConjoinedVerbWithItsOwnNowDoesNotTakeTheDateOfTheOther() {
    ParseBuilder b = new ParseBuilder().toks("The/DT/the", "militia/NN/militia", "formed/VBD/form", "in/IN/in",
        "2024/CD/2024", "and/CC/and", "now/RB/now", "holds/VBZ/hold", "the/DT/the", "valley/NN/valley")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obl:in", 2, 4).dep("case", 4, 3)
        .dep("cc", 7, 5).dep("advmod", 7, 6).dep("conj:and", 2, 7).dep("obj", 7, 9).dep("det", 9, 8);
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    TimeExpression year = day(b, 4, "2024");
    Span n = b.span(6);
    TimeExpression now = new TimeExpression("now", n.start(), n.end(), "DATE", "PRESENT_REF", "approximate",
        "document-date", "document date", Provenance.of("times", "test", n));
    assertThat(DATER.date(g, 7, "asserted", List.of(year, now), null).value()).isNull();
    assertThat(DATER.date(g, 7, "asserted", List.of(year), null).value()).isEqualTo("2024");
  }
}
