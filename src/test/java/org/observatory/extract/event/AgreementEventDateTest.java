package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.record.Agreement;
import org.observatory.record.DateValue;

/**
 * Regression: the seed's "a US-brokered five-day truce" was an AGREE event dated by the report (February 2020)
 * although the truce's start is known from its expiry (October 2019).
 */
class AgreementEventDateTest {

  private static final DateValue REPORT = new DateValue("2020-02-03", "approximate", null, "document-date", null,
      "2020-02-03");
  private static final DateValue STARTED = new DateValue("2019-10-17T00:00/2019-10-19T00:00", "approximate",
      "five-day before its expiry", "event", "2019-10-17T00:00", "2019-10-19T00:00");

  private static List<Agreement> truce(DateValue signed) {
    return List.of(new Agreement("five-day truce", "truce", List.of("Turkey"), List.of(), signed, null, List.of(),
        Provenance.of("t", "t", null)));
  }

  @Test
  void anAgreementEventDatedOnlyByTheReportTakesTheAgreementsStart() {
    assertThat(EventDater.bySigning(REPORT, "AGREE", 0, truce(STARTED))).isEqualTo(STARTED);
  }

  @Test
  void anAgreementEventWithItsOwnDateKeepsIt() {
    DateValue own = new DateValue("2019-10-17", "day", "October 17", "explicit", null, null);
    assertThat(EventDater.bySigning(own, "AGREE", 0, truce(STARTED))).isEqualTo(own);
  }

  @Test
  void otherEventsAndUndatedAgreementsKeepTheReportDate() {
    assertThat(EventDater.bySigning(REPORT, "ASSAULT", 0, truce(STARTED))).isEqualTo(REPORT);
    assertThat(EventDater.bySigning(REPORT, "AGREE", 0, truce(null))).isEqualTo(REPORT);
    assertThat(EventDater.bySigning(REPORT, "AGREE", null, truce(STARTED))).isEqualTo(REPORT);
  }
}
