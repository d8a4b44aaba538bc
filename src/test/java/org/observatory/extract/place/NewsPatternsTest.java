package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.junit.jupiter.api.Test;

/** Street patterns and news conventions (datelines, party-home affiliations) on hand-tagged sentences. */
class NewsPatternsTest {

  /** Tokens "word/POS" separated by spaces; the text is the words joined by spaces. */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    String[] parts = tagged.split(" ");
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      String w = parts[i].substring(0, slash);
      tokens.add(new Token(i, w, new Span(at, at + w.length()), parts[i].substring(slash + 1), w, "O"));
      at += w.length() + 1;
    }
    return new Sentence(0, new Span(0, at - 1), tokens, List.of());
  }

  private static String text(Sentence s) {
    return String.join(" ", s.tokens().stream().map(Token::text).toList());
  }

  private static List<String> streets(String tagged, List<EntityMention> entities) {
    Sentence s = sentence(tagged);
    return StreetPatterns.find(s, text(s), entities).stream().map(PlaceMention::name).toList();
  }

  @Test
  void namedStreetAndNumberedHighwayAreStreets() {
    assertThat(streets("He/PRP lived/VBD on/IN Gillis/NNP Street/NNP near/IN Highway/NNP 19/CD ./.", List.of()))
        .containsExactly("Gillis Street", "Highway 19");
  }

  @Test
  void countyRoadKeepsItsNumber() {
    assertThat(streets("County/NNP Road/NNP 35/CD is/VBZ closed/VBN", List.of())).containsExactly("County Road 35");
  }

  @Test
  void streetInsideALongerOrganisationNameIsNotAStreet() {
    String tagged = "the/DT Wall/NNP Street/NNP Journal/NNP reported/VBD";
    List<EntityMention> org = List.of(new EntityMention(new Span(4, 23), "Wall Street Journal", "ORGANIZATION", 0));
    assertThat(streets("Wall/NNP Street/NNP Journal/NNP reported/VBD", List.of())).isEmpty();
    assertThat(streets(tagged, org)).isEmpty();
  }

  @Test
  void streetsAreNeverLookedUpInTheGazetteer() {
    assertThat(PlaceKind.STREET.fits(TinyGazetteer.get().exact("Paris").get(0))).isFalse();
  }

  @Test
  void capitalisedDatelineBeforeADashIsAPlace() {
    Sentence s = sentence("MONROE/NNP -/HYPH Federal/NNP officials/NNS said/VBD");
    List<PlaceMention> found = NewsConventions.find(s, text(s), Set.of("Monroe")::contains);
    assertThat(found).extracting(PlaceMention::name).containsExactly("Monroe");
    assertThat(found.get(0).span()).isEqualTo(new Span(0, 6));
  }

  @Test
  void partyAndHomePlaceAfterALegislatorsNameGivesThePlace() {
    Sentence s = sentence("Rep./NNP Gilliard/NNP ,/, D-Charleston/NNP ,/, said/VBD");
    List<PlaceMention> found = NewsConventions.find(s, text(s), Set.of("Charleston")::contains);
    assertThat(found).extracting(m -> m.span().of(text(s))).containsExactly("Charleston");
  }

  @Test
  void capitalisedWordThatIsNoGazetteerNameIsNoDateline() {
    Sentence s = sentence("NOTE/NNP -/HYPH the/DT meeting/NN moved/VBD");
    assertThat(NewsConventions.find(s, text(s), Set.of("Monroe")::contains)).isEmpty();
  }

  @Test
  void everyNameOfAListClosedByAPluralUnitWordIsAPlaceOfThatUnit() {
    Sentence s = sentence("girls/NNS from/IN Cooke/NNP ,/, Grayson/NNP and/CC Love/NNP counties/NNS will/MD come/VB");
    List<PlaceMention> found = CoordinatedUnits.find(s, text(s));
    assertThat(found).extracting(PlaceMention::name).containsExactly("Cooke", "Grayson", "Love");
    assertThat(found).extracting(PlaceMention::fullName).contains("Love County");
    assertThat(found).allMatch(m -> m.kind() == PlaceKind.DISTRICT);
  }

  @Test
  void singleNameBeforeAPluralUnitWordIsNoList() {
    Sentence s = sentence("the/DT Gulf/NNP states/NNS agreed/VBD");
    assertThat(CoordinatedUnits.find(s, text(s))).isEmpty();
  }

  @Test
  void homeAfterAPersonsNameAndAgeIsAResidence() {
    Sentence s = sentence("James/NNP Tauber/NNP ,/, 44/CD ,/, of/IN Nelson/NNP was/VBD driving/VBG");
    assertThat(ContextualRuns.residence(s.tokens(), 6, List.of())).isTrue();
    assertThat(ContextualRuns.residence(s.tokens(), 0, List.of())).isFalse();
  }

  @Test
  void ofAfterANonPersonIsNoResidence() {
    Sentence s = sentence("the/DT Bank/NNP of/IN Nelson/NNP closed/VBD");
    assertThat(ContextualRuns.residence(s.tokens(), 3, List.of())).isFalse();
  }
}
