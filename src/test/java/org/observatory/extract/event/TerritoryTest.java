package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryTest {

  private static List<String> lemmas(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void aTakeOverAfterTheOtherSideWithdrewIsANonViolentTransfer() {
    assertThat(Territory.isUncontested(Territory.NON_STATE,
        lemmas("the group recapture the city after the army pull out of it"))).isTrue();
  }

  @Test
  void aTakeOverWithFightingStaysATerritoryGain() {
    assertThat(Territory.isUncontested(Territory.GOV,
        lemmas("troops recover the village from rebel who withdraw after heavy bombardment"))).isFalse();
  }

  @Test
  void otherLabelsAreNeverRelabelled() {
    assertThat(Territory.isUncontested("ARMED_CLASH", lemmas("the army withdraw"))).isFalse();
  }
}
