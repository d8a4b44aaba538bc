package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.extract.place.TinyGazetteer.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.gazetteer.GazetteerEntry;

/** The document context's shares: one vote per name, and a name never votes for itself. */
class DocumentContextTest {

  private static final GazetteerEntry MANSFIELD_OH = entry("g:1", "Mansfield", List.of(), 40.76, -82.52, "P", "PPLA2",
      "US", "OH", "Ohio", 46_830);
  private static final GazetteerEntry MANSFIELD_LA = entry("g:2", "Mansfield", List.of(), 32.04, -93.70, "P", "PPLA2",
      "US", "LA", "Louisiana", 4_946);
  private static final GazetteerEntry SHREVEPORT = entry("g:3", "Shreveport", List.of(), 32.53, -93.75, "P",
      "PPLA2", "US", "LA", "Louisiana", 197_204);
  private static final GazetteerEntry DESOTO = entry("g:4", "DeSoto Parish", List.of(), 32.05, -93.73, "A", "ADM2",
      "US", "LA", "Louisiana", 26_000);

  /** Five "Mansfield" mentions (currently resolved to Ohio), then "Shreveport" twice and "DeSoto Parish" once. */
  private static List<GazetteerEntry> best() {
    List<GazetteerEntry> best = new ArrayList<>(Collections.nCopies(5, MANSFIELD_OH));
    best.addAll(List.of(SHREVEPORT, SHREVEPORT, DESOTO));
    return best;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(Collections.nCopies(5, "Mansfield"));
    names.addAll(List.of("Shreveport", "Shreveport", "DeSoto Parish"));
    return names;
  }

  @Test
  void aRepeatedNameDoesNotVoteForItsOwnFirstChoice() {
    DocumentContext ctx = new DocumentContext(best(), names());
    assertThat(ctx.admin1Share(MANSFIELD_LA, 0)).isEqualTo(1.0);
    assertThat(ctx.admin1Share(MANSFIELD_OH, 0)).isEqualTo(0.0);
  }

  @Test
  void eachOtherNameVotesOnceHoweverOftenItIsRepeated() {
    List<GazetteerEntry> best = best();
    best.set(7, MANSFIELD_OH);
    DocumentContext ctx = new DocumentContext(best, names());
    assertThat(ctx.admin1Share(SHREVEPORT, 5)).isEqualTo(0.0);
    assertThat(ctx.admin1Share(MANSFIELD_LA, 0)).isEqualTo(0.5);
  }

  @Test
  void withoutNamesEveryOtherMentionVotesAsBefore() {
    DocumentContext ctx = new DocumentContext(best());
    assertThat(ctx.admin1Share(MANSFIELD_OH, 0)).isEqualTo(4.0 / 7);
    assertThat(ctx.countryShare(MANSFIELD_LA, 0)).isEqualTo(1.0);
  }
}
