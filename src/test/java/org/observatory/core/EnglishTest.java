package org.observatory.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTest {

  @Test
  void regularPluralsLoseTheirEnding() {
    assertThat(English.singular("cities")).isEqualTo("city");
    assertThat(English.singular("churches")).isEqualTo("church");
    assertThat(English.singular("taxes")).isEqualTo("tax");
    assertThat(English.singular("troops")).isEqualTo("troop");
    assertThat(English.singular("provinces")).isEqualTo("province");
  }

  @Test
  void wordsThatOnlyEndInAnSAreLeftAlone() {
    assertThat(English.singular("gas")).isEqualTo("gas");
    assertThat(English.singular("press")).isEqualTo("press");
    assertThat(English.singular("ties")).isEqualTo("tie");
  }
}
