package org.observatory.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.extract.time.DocDateInference.EvidenceLevel;
import org.observatory.record.Published;

class DocDateReportTest {

  private static final LocalDate DCT = LocalDate.of(2015, 3, 10);

  @Test
  void aRangeCountsAsTightOnlyWhenItHoldsTheDctAndSpansAtMostTheWidthTarget() {
    Published narrow = new Published("2015-03-01", "inferred", "2015-03-01", "2015-03-31", "m");
    Published wide = new Published("2015-03-01", "inferred", "2015-03-01", "2015-04-01", "m");
    Published missing = new Published("2015-03-11", "inferred", "2015-03-11", "2015-03-20", "m");
    assertThat(DocDateEval.level(EvidenceLevel.DAY_WITH_YEAR, true, DCT, narrow).boundTight()).isEqualTo(1);
    assertThat(DocDateEval.level(EvidenceLevel.DAY_WITH_YEAR, true, DCT, wide).boundTight()).isZero();
    assertThat(DocDateEval.level(EvidenceLevel.DAY_WITH_YEAR, true, DCT, missing).boundTight()).isZero();
    assertThat(DocDateEval.level(EvidenceLevel.NONE, false, DCT, Published.unknown()).files()).isEqualTo(1);
  }

  @Test
  void theCeilingBlockListsEachEvidenceLevelAndTheirTotal() {
    DocDateReport.Score s = new DocDateReport.Score(4, 2, 1, 40);
    List<DocDateReport.Level> levels = List.of(
        new DocDateReport.Level("day with its year", 2, 2, 1, 1),
        new DocDateReport.Level("year only", 1, 0, 0, 0),
        new DocDateReport.Level("none", 1, 1, 0, 0));
    DocDateReport r = new DocDateReport("DEV", 75, s, s, s, s, new DocDateReport.Lags(0, -1, -1, -1), List.of(),
        List.of(), levels);
    String text = r.render(false);
    assertThat(text).contains("ceiling: evidence level");
    assertThat(text).containsPattern("day with its year\\s+2\\s+2 \\( 50\\.0%\\)");
    assertThat(text).containsPattern("all\\s+4\\s+3 \\( 75\\.0%\\)\\s+1 \\( 25\\.0%\\)");
    assertThat(text).contains("bound 1 (25.0% of files, 50.0% of ranged)");
  }
}
