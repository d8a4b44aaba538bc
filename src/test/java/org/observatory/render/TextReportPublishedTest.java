package org.observatory.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Published;

class TextReportPublishedTest {

  @Test
  void anInferredDateShowsItsLikelyWindowsBesideTheBound() {
    Published.Likely l = new Published.Likely("2019-01-25", "2020-04-09", "lag",
        List.of(new Published.Window("2019-01-25", "2019-04-10"), new Published.Window("2020-01-25", "2020-04-09")));
    Published p = new Published("2020-01-25", "inferred", "2019-01-25", "2020-04-09", "m", l);
    assertThat(TextReport.published(p)).isEqualTo("between 2019-01-25 and 2020-04-09, likely 2019-01-25..2019-04-10 or "
        + "2020-01-25..2020-04-09, best guess 2020-01-25 [inferred]");
  }

  @Test
  void anInferredDateWithoutALikelyRangeShowsTheBoundOnly() {
    Published p = new Published("1989-10-27", "inferred", "1989-10-27", "1991-11-26", "m");
    assertThat(TextReport.published(p))
        .isEqualTo("between 1989-10-27 and 1991-11-26, best guess 1989-10-27 [inferred]");
  }

  @Test
  void anInferredRangeRestingOnYearsOnlyShowsNoBestGuess() {
    Published p = new Published(null, "inferred", "2010-01-01", "2015-12-31", "m", null, Published.YEAR);
    assertThat(TextReport.published(p))
        .isEqualTo("between 2010-01-01 and 2015-12-31, no best guess (the text places it only to years) [inferred]");
  }

  @Test
  void anEventDatedOnlyByAYearLevelReportShowsItsBoundAndNoDay() {
    org.observatory.record.DateValue d = org.observatory.record.DateValue.documentDate(
        new Published(null, "inferred", "2010-01-01", "2015-12-31", "m", null, Published.YEAR), false);
    assertThat(TextReport.date(d)).isEqualTo("date unknown, within [? .. 2015-12-31] (approximate, document-date)");
  }
}
