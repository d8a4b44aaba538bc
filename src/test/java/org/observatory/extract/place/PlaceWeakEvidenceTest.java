package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Span;
import org.observatory.gazetteer.GazetteerEntry;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;

/** Rules that drop toponyms recognised on weak evidence: surnames, facility names, ordinary words, minor matches. */
class PlaceWeakEvidenceTest {

  private static PlaceMention mention(String text, String name, int from, String rule) {
    int start = text.indexOf(name, from);
    return PlaceMention.of(new Span(start, start + name.length()), name, PlaceKind.ANY, rule, 0);
  }

  private static EntityMention entity(String text, String name, String type) {
    int start = text.indexOf(name);
    return new EntityMention(new Span(start, start + name.length()), name, type, 0);
  }

  @Test
  void surnameOfAPersonNamedInTheDocumentIsNotAPlaceOnWeakEvidence() {
    String text = "Ricardo Flores left Santa Clara. Flores had no enemies.";
    Annotation a = new Annotation(List.of(), List.of(entity(text, "Ricardo Flores", "PERSON")), List.of());
    PlaceMention propagated = mention(text, "Flores", 20, Propagation.RULE);
    PlaceMention city = mention(text, "Santa Clara", 0, "ner:CITY");
    assertThat(Surnames.without(List.of(city, propagated), a, text)).containsExactly(city);
  }

  @Test
  void aLoneWordTaggedPersonIsNoSurnameSoATownAfterOfStays() {
    String text = "Mindy Miller of Ravenel. Ravenel is small.";
    Annotation a = new Annotation(List.of(), List.of(entity(text, "Ravenel", "PERSON")), List.of());
    assertThat(Surnames.surnames(a, text)).doesNotContain("Ravenel");
  }

  @Test
  void facilityNamesAreNotToponymsButTheirLeadingPlaceNameIs() {
    assertThat(Facilities.isFacility("Mercy Memorial Hospital")).isTrue();
    assertThat(Facilities.isFacility("County Jail")).isFalse();
    assertThat(Facilities.isFacility("Gaza Strip")).isFalse();
    String text = "He was taken to St. Cloud Hospital.";
    int start = text.indexOf("St. Cloud Hospital");
    Span span = new Span(start, start + "St. Cloud Hospital".length());
    assertThat(Facilities.placePrefix(span, text, "St. Cloud"::equals, 0))
        .hasValueSatisfying(m -> assertThat(m.span().of(text)).isEqualTo("St. Cloud"));
    assertThat(Facilities.placePrefix(span, text, n -> false, 0)).isEmpty();
  }

  @Test
  void lowerCaseTaggerMentionsAndAmbiguousShortFormsOutsidePostalStyleAreDropped() {
    String text = "The turkey legs are good, said Miss Cordiner of Jackson, Miss. today.";
    PlaceMention turkey = mention(text, "turkey", 0, "ner:COUNTRY");
    PlaceMention title = mention(text, "Miss", 0, "ner:STATE_OR_PROVINCE");
    PlaceMention state = mention(text, "Miss", text.indexOf("Jackson"), "ner:STATE_OR_PROVINCE");
    assertThat(WordShapes.filter(List.of(turkey, title, state), text)).containsExactly(state);
  }

  @Test
  void oneWordWeakMatchThatTheDocumentAlsoUsesAsAnOrdinaryWordIsDropped() {
    String text = "Man booked for assault. The man was 20.";
    assertThat(WordShapes.keep(mention(text, "Man", 0, GazetteerMatcher.RULE), text)).isFalse();
    assertThat(WordShapes.keep(mention(text, "Man", 0, "ner:CITY"), text)).isTrue();
  }

  @Test
  void weakMatchOfAnUnsupportedVillageIsRejectedButACityOrASupportedOneIsNot() {
    GazetteerEntry village = TinyGazetteer.entry("g:1", "Webb", List.of(), 33, -88, "P", "PPL", "US", "MS", "", 500);
    GazetteerEntry city = TinyGazetteer.entry("g:2", "Dallas", List.of(), 32.8, -96.8, "P", "PPLA2", "US", "TX", "",
        1_300_000);
    PlaceMention weak = PlaceMention.of(new Span(0, 4), "Webb", PlaceKind.ANY, GazetteerMatcher.RULE_ORG, 0);
    PlaceMention ner = PlaceMention.of(new Span(0, 4), "Webb", PlaceKind.ANY, "ner:CITY", 0);
    assertThat(resolution(weak, village, false).unsupportedMinorMatch()).isTrue();
    assertThat(resolution(weak, village, true).unsupportedMinorMatch()).isFalse();
    assertThat(resolution(weak, city, false).unsupportedMinorMatch()).isFalse();
    assertThat(resolution(ner, village, false).unsupportedMinorMatch()).isFalse();
  }

  private static Resolution resolution(PlaceMention m, GazetteerEntry e, boolean supported) {
    return new Resolution(m, java.util.Optional.of(new Candidate(e, false, 0)), 1, "test", supported);
  }
}
