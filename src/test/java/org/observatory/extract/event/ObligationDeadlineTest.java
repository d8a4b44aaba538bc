package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.record.Agreement;
import org.observatory.record.DateValue;
import org.observatory.record.Obligation;

class ObligationDeadlineTest {

  private static final DateValue REPORT = new DateValue("2020-02-03", "approximate", null, "document-date",
      "2020-02-03", null);
  private static final DateValue WITHIN = new DateValue("2019-10-28T06:00/2019-10-29T06:00", "approximate",
      "within 150 hours", "duration", "2019-10-28T06:00", "2019-10-29T06:00");
  private static final List<Agreement> MEMORANDUM = List.of(new Agreement("memorandum", "memorandum",
      List.of("Russia", "Turkey"), List.of(), null, null,
      List.of(new Obligation("YPG militants", "withdraw from the zone", WITHIN)), Provenance.of("t", "t", null)));

  @Test
  void anObligationDatedOnlyByTheReportTakesTheDeadlineOfTheProvisionItStates() {
    assertThat(EventDater.byDeadline(REPORT, ModalityFinder.OBLIGATION, "withdraw", 0, MEMORANDUM))
        .isEqualTo(WITHIN);
  }

  @Test
  void anObligationWithItsOwnDateKeepsIt() {
    DateValue own = new DateValue("2018-10-17", "day", "by October 17 2018", "explicit", null, null);
    assertThat(EventDater.byDeadline(own, ModalityFinder.OBLIGATION, "withdraw", 0, MEMORANDUM)).isEqualTo(own);
  }

  @Test
  void anAssertedEventOrAnotherActionIsNotDatedByTheDeadline() {
    assertThat(EventDater.byDeadline(REPORT, ModalityFinder.ASSERTED, "withdraw", 0, MEMORANDUM)).isEqualTo(REPORT);
    assertThat(EventDater.byDeadline(REPORT, ModalityFinder.OBLIGATION, "patrol", 0, MEMORANDUM)).isEqualTo(REPORT);
    assertThat(EventDater.byDeadline(REPORT, ModalityFinder.OBLIGATION, "withdraw", null, MEMORANDUM))
        .isEqualTo(REPORT);
  }
}
