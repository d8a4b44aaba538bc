package org.observatory.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

class EventTimeScorerTest {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML><DOCID>x</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
      <TEXT>Troops <EVENT eid="e1" class="OCCURRENCE">left</EVENT> <TIMEX3 tid="t1" type="DATE" \
      value="1998-08-07">Friday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">return</EVENT> before \
      <TIMEX3 tid="t2" type="DATE" value="1998-08-10">Monday</TIMEX3> <TIMEX3 tid="t3" type="DATE" \
      value="PRESENT_REF">now</TIMEX3> <EVENT eid="e3" class="STATE">calm</EVENT>.</TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" />
      <MAKEINSTANCE eventID="e2" eiid="ei2" />
      <MAKEINSTANCE eventID="e3" eiid="ei3" />
      <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
      <TLINK lid="l2" relType="AFTER" timeID="t2" relatedToEventInstance="ei2" />
      <TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t3" />
      <TLINK lid="l4" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0" />
      </TimeML>
      """;

  private final EventTimeScorer scorer = new EventTimeScorer();

  private static TimeMlDocument read(Path dir) throws IOException {
    Path f = dir.resolve("x.tml");
    Files.writeString(f, TML);
    return new TimeMlReader().read(f);
  }

  /** One sentence, one token per word (no parse: the test daters below do not read one). */
  private static Annotation annotation(String text) {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w+|\\S").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.group(), new Span(m.start(), m.end()), "NN", m.group(), "O"));
    }
    return new Annotation(List.of(new Sentence(0, new Span(0, text.length()), tokens, List.of())), List.of(),
        List.of());
  }

  private static TimeExpression time(TimeMlDocument doc, String text, String value) {
    int at = doc.text().indexOf(text);
    return new TimeExpression(text, at, at + text.length(), "DATE", value, "day", "document-date", null,
        Provenance.of("times", "test", null));
  }

  private static String word(Sentence s, int token) {
    return s.tokens().get(token).text();
  }

  @Test
  void readerResolvesInstancesAndTurnsLinksWrittenFromTheTimeSideRound(@TempDir Path dir) throws IOException {
    TimeMlDocument doc = read(dir);
    assertThat(doc.events()).extracting(TimeMlDocument.Event::text).containsExactly("left", "return", "calm");
    assertThat(doc.links()).contains(new TimeMlDocument.EventTimeLink("e1", "t1", "IS_INCLUDED"),
        new TimeMlDocument.EventTimeLink("e2", "t2", "BEFORE"));
    assertThat(doc.gold()).extracting(TimeMlDocument.Gold::id).containsExactly("t1", "t2", "t3");
  }

  @Test
  void theLinkedExpressionIsRightAndAnExpressionTheEventPrecedesIsAnError(@TempDir Path dir) throws IOException {
    TimeMlDocument doc = read(dir);
    TimeExpression friday = time(doc, "Friday", "1998-08-07");
    TimeExpression monday = time(doc, "Monday", "1998-08-10");
    EventTimeScorer.Result r = scorer.score(doc, annotation(doc.text()), List.of(friday, monday),
        (s, token, times) -> DateValue.of(word(s, token).equals("left") ? friday : monday));
    assertThat(r.counts().right()).isEqualTo(1);
    assertThat(r.counts().rightValue()).isEqualTo(1);
    assertThat(r.counts().beforeAfter()).isEqualTo(1);
    assertThat(r.counts().events()).as("'calm' is linked only to a PRESENT_REF and not scored").isEqualTo(2);
    assertThat(r.counts().precision()).isEqualTo(0.5);
    assertThat(r.counts().recall()).isEqualTo(1.0);
    assertThat(r.errors()).singleElement().asString().contains("before-after", "return");
  }

  @Test
  void aDateFromTheDocumentIsNoneAndABoundBeforeTheLinkedExpressionIsNoError(@TempDir Path dir)
      throws IOException {
    TimeMlDocument doc = read(dir);
    TimeExpression monday = time(doc, "Monday", "1998-08-10");
    EventTimeScorer.Result r = scorer.score(doc, annotation(doc.text()), List.of(monday),
        (s, token, times) -> word(s, token).equals("left") ? DateValue.documentDate(null, false)
            : new DateValue("1998-08-10", "approximate", "Monday", "anchor", null, "1998-08-10"));
    assertThat(r.counts().none()).isEqualTo(1);
    assertThat(r.counts().bound()).isEqualTo(1);
    assertThat(r.counts().beforeAfter()).isZero();
    assertThat(r.counts().recall()).isZero();
  }
}
