package org.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.observatory.document.Citation;

class FootnotesTest {

  @Test
  void markerBeforePunctuationTakesItsSpaceWithIt() {
    Footnotes.Stripped s = Footnotes.strip("He said so [3].");
    assertThat(s.text()).isEqualTo("He said so.");
    assertThat(s.citations()).containsExactly(new Citation("[3]", 10));
  }

  @Test
  void markerGluedToTheNextWordLeavesOneSpace() {
    assertThat(Footnotes.strip("reported  [12]on Sunday").text()).isEqualTo("reported on Sunday");
  }

  @Test
  void markerBetweenTwoWordsWithoutSpacesDoesNotJoinThem() {
    assertThat(Footnotes.strip("Idlib[1]Turkey").text()).isEqualTo("Idlib Turkey");
  }

  @Test
  void bracketsThatAreNotNumericMarkersStay() {
    String text = "He [the minister] said [sic] it was 2019 [2019a].";
    assertThat(Footnotes.strip(text).text()).isEqualTo(text);
    assertThat(Footnotes.strip(text).citations()).isEmpty();
  }

  @Test
  void textWithoutMarkersIsReturnedUnchanged() {
    String text = "  two  spaces  stay  ";
    assertThat(Footnotes.strip(text).text()).isSameAs(text);
  }

  @Property
  void removalKeepsEveryOtherCharacterInOrderAndOffsetsInsideTheText(@ForAll("marked") String text) {
    Footnotes.Stripped s = Footnotes.strip(text);
    String expected = text.replaceAll("\\[\\d{1,3}]", "").replaceAll("[\\s\u00A0]", "");
    assertThat(s.text().replaceAll("[\\s\u00A0]", "")).isEqualTo(expected);
    assertThat(s.text()).doesNotContainPattern("\\[\\d{1,3}]");
    int previous = 0;
    for (Citation c : s.citations()) {
      assertThat(c.offset()).isBetween(previous, s.text().length());
      previous = c.offset();
    }
  }

  @Provide
  Arbitrary<String> marked() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ\u00e9\u2019.,").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\n", "\u00A0");
    Arbitrary<String> marker = Arbitraries.integers().between(0, 999).map(n -> "[" + n + "]");
    Arbitrary<String> piece = Arbitraries.oneOf(word, space, marker, Arbitraries.of("[", "]", "[x]"));
    return piece.list().ofMaxSize(25).map(l -> String.join("", l));
  }
}
