package org.observatory.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.eval.CorpusHalf;
import org.observatory.extract.time.TimeStage;
import org.observatory.testing.Annotators;

/** {@code eval event-time} end to end on an invented TimeML file: CoreNLP parse, time stage, event dater, scorer. */
class EventTimeEvalIT {

  private static final String TML = """
      <?xml version="1.0" ?>
      <TimeML><DOCID>x</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2031-03-14" functionInDocument="CREATION_TIME">2031-03-14</TIMEX3></DCT>
      <TEXT>Rebels <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> the town on \
      <TIMEX3 tid="t1" type="DATE" value="2031-03-12">Wednesday</TIMEX3>. The army \
      <EVENT eid="e2" class="OCCURRENCE">withdrew</EVENT> before \
      <TIMEX3 tid="t2" type="DATE" value="2031-03-13">Thursday</TIMEX3>.</TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" />
      <MAKEINSTANCE eventID="e2" eiid="ei2" />
      <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
      <TLINK lid="l2" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t2" />
      </TimeML>
      """;

  @Test
  void theEventStageDatesTheShellingByItsWednesdayAndOnlyBoundsTheWithdrawalBeforeThursday(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("x.tml"), TML);
    EventTimeReport r = new EventTimeEval(Annotators.full(), new TimeStage(TimeStage.Tagger.HEIDELTIME))
        .run(dir, true, CorpusHalf.ALL);
    assertThat(r.files()).isEqualTo(1);
    assertThat(r.product().right()).isEqualTo(1);
    assertThat(r.product().beforeAfter()).as(r.render()).isZero();
    assertThat(r.product().events()).isEqualTo(2);
    assertThat(r.nearest().beforeAfter()).as("the baseline dates the withdrawal by Thursday").isEqualTo(1);
    assertThat(r.render()).contains("product  P 1.000 R 1.000");
  }
}
