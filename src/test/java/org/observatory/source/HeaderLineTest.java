package org.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderLineTest {

  @Test
  void fullHeaderSplitsIntoOutletTaglineAndUrl() {
    assertThat(HeaderLine.parse("- Al Example | Voice of the Region - https://al.example/en -"))
        .contains(new HeaderLine("Al Example", "Voice of the Region", "https://al.example/en"));
  }

  @Test
  void headerWithoutTaglineOrClosingDashIsAccepted() {
    assertThat(HeaderLine.parse("- Gazette - https://g.example/x"))
        .contains(new HeaderLine("Gazette", null, "https://g.example/x"));
  }

  @Test
  void headerWithoutUrlNeedsBothDashes() {
    assertThat(HeaderLine.parse("- Gazette | Daily news -")).contains(new HeaderLine("Gazette", "Daily news", null));
    assertThat(HeaderLine.parse("- troops crossed the border")).isEmpty();
  }

  @Test
  void ordinaryLinesAreNotHeaders() {
    assertThat(HeaderLine.parse("Turkey sends troops - report - Reuters")).isEmpty();
    assertThat(HeaderLine.parse("")).isEmpty();
  }
}
