package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.extract.discourse.AnnotationBuilder;

/**
 * Regression: in "A US-led strike hit a school near Deir ez-Zor." CoreNLP tagged only "Deir" as a location, and
 * the place was "Deir", not in the gazetteer, placed at the country's centre.
 */
class TruncatedEntityTest {

  private final PlaceRecognizer recognizer = new PlaceRecognizer(TinyGazetteer.get());

  @Test
  void aLocationEntityCoveringOnlyTheFirstWordOfAGazetteerNameTakesTheWholeName() {
    String text = "A strike hit a school near Deir ez-Zor.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("A/DT strike/NN hit/VBD a/DT school/NN near/IN Deir/NNP ez/NNP -/HYPH Zor/NNP ./.", "root -1 2")
        .entity("Deir", "LOCATION");
    assertThat(recognizer.recognize(text, b.annotation())).extracting(PlaceMention::fullName)
        .containsExactly("Deir ez-Zor");
  }

  @Test
  void aLocationEntityInsideARunThatIsNoGazetteerNameKeepsItsOwnSpan() {
    String text = "Protesters gathered in Aleppo Square.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Protesters/NNS gathered/VBD in/IN Aleppo/NNP Square/NNP ./.", "root -1 1")
        .entity("Aleppo", "LOCATION");
    assertThat(recognizer.recognize(text, b.annotation())).extracting(PlaceMention::fullName)
        .containsExactly("Aleppo");
  }
}
