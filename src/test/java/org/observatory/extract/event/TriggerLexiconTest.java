package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

  private final TriggerLexicon lexicon = TriggerLexicon.builtIn();

  @Test
  void requestingAnonymityIsASourcingFormulaNotARequest() {
    assertThat(lexicon.lookup("request", true, List.of("anonymity"))).get()
        .satisfies(e -> assertThat(e.isNone()).isTrue());
  }

  @Test
  void openingACrossingEasesABlockadeAndIsARetreat() {
    assertThat(lexicon.lookup("open", true, List.of("crossing"))).get()
        .satisfies(e -> assertThat(e.type()).isEqualTo(PloverType.RETREAT));
  }

  @Test
  void shorteningACurfewEasesARestrictionAndIsAConcession() {
    assertThat(lexicon.lookup("shorten", true, List.of("curfew"))).get()
        .satisfies(e -> assertThat(e.type()).isEqualTo(PloverType.CONCEDE));
  }
}
