package org.observatory.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Span;
import org.observatory.record.SourceLink;

class SameSourceTest {

  private static final SourceLink PUBLISHER = new SourceLink("unknown outlet", "outlet", null);

  @Test
  void aMonitorNamedAsSpeakerAndAsMonitorAppearsOnceWithTheNearerRole() {
    SourceLink speaker = new SourceLink("Syrian Observatory for Human Rights (SOHR)", "speaker", new Span(10, 52));
    SourceLink monitor = new SourceLink("Syrian Observatory for Human Rights", "monitor", new Span(0, 35));
    List<SourceLink> chain = SameSource.collapse(List.of(speaker, monitor, PUBLISHER));
    assertEquals(List.of(speaker, PUBLISHER), chain);
  }

  @Test
  void anAbbreviationNamesTheSameSourceAsItsFullName() {
    assertTrue(SameSource.same("SOHR", "the Syrian Observatory for Human Rights"));
    assertTrue(SameSource.same("Syrian Arab News Agency", "SANA"));
  }

  @Test
  void aLeadingRunOfWordsIsAShortFormOfTheSameSource() {
    assertTrue(SameSource.same("the Syrian Observatory", "Syrian Observatory for Human Rights"));
  }

  @Test
  void differentSourcesSharingAWordStayApart() {
    assertFalse(SameSource.same("Syrian Arab News Agency", "Syrian Observatory for Human Rights"));
    assertFalse(SameSource.same("Zakaria Malhifji", "Syrian Observatory for Human Rights"));
    SourceLink speaker = new SourceLink("The Britain-based group", "speaker", new Span(0, 23));
    SourceLink monitor = new SourceLink("Syrian Observatory for Human Rights", "monitor", new Span(40, 75));
    assertEquals(3, SameSource.collapse(List.of(speaker, monitor, PUBLISHER)).size());
  }

  @Test
  void onlyAdjacentLinksCollapse() {
    SourceLink a = new SourceLink("Reuters", "cited-outlet", new Span(0, 7));
    SourceLink b = new SourceLink("Ahmed", "speaker", new Span(10, 15));
    SourceLink c = new SourceLink("Reuters", "cited-outlet", new Span(20, 27));
    assertEquals(3, SameSource.collapse(List.of(a, b, c)).size());
  }
}
