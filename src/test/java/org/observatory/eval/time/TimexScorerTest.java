package org.observatory.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.Provenance;
import org.observatory.record.TimeExpression;

class TimexScorerTest {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML><DOCID>x</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>
      <TEXT>Troops left <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; returned \
      <TIMEX3 tid="t2" type="DATE" value="1998-08-08">this morning</TIMEX3>.</TEXT>
      </TimeML>
      """;

  private static TimeExpression sys(String text, int start, String type, String value) {
    return new TimeExpression(text, start, start + text.length(), type, value, "day", "explicit", null,
        Provenance.of("times", "test", null));
  }

  private TimeMlDocument read(Path dir) throws IOException {
    Path f = dir.resolve("x.tml");
    Files.writeString(f, TML);
    return new TimeMlReader().read(f);
  }

  @Test
  void readerStripsTagsKeepsOffsetsAndExcludesTheCreationTime(@TempDir Path dir) throws IOException {
    TimeMlDocument doc = read(dir);
    assertThat(doc.dct()).isEqualTo(LocalDate.of(1998, 8, 8));
    assertThat(doc.gold()).hasSize(2);
    assertThat(doc.gold().get(0).span().of(doc.text())).isEqualTo("Friday");
    assertThat(doc.text()).contains("Friday & returned");
  }

  @Test
  void overlapCountsAsRelaxedAndOnlyTheRightValueCountsForValueScores(@TempDir Path dir) throws IOException {
    TimeMlDocument doc = read(dir);
    int fri = doc.text().indexOf("Friday");
    int morning = doc.text().indexOf("morning");
    List<TimeExpression> system = List.of(sys("Friday", fri, "DATE", "1998-08-07"),
        sys("morning", morning, "TIME", "1998-08-08TMO"));
    TimexScorer.Result r = new TimexScorer().score(doc, system);
    assertThat(r.counts().strict()).isEqualTo(1);
    assertThat(r.counts().relaxed()).isEqualTo(2);
    assertThat(r.counts().valueCorrect()).isEqualTo(1);
    assertThat(r.counts().typeCorrect()).isEqualTo(1);
    assertThat(r.counts().valueF1()).isEqualTo(0.5);
    assertThat(r.errors()).anyMatch(e -> e.contains("VALUE"));
  }
}
