package org.observatory.extract.place;

import org.observatory.core.Span;

/**
 * A recognised toponym before resolution.
 *
 * @param span what the place covers in the document text (may include a unit word: "Kafr Lusin border crossing")
 * @param name the name to look up ("Kafr Lusin"), never blank
 * @param fullName the name with its unit words ("Rapides Parish"), tried first; equals {@code name} when none
 * @param kind what the text says it is
 * @param rule the recognition rule ("ner:CITY", "pattern:unit-after", "gazetteer:ngram", ...)
 * @param sentence 0-based sentence index
 */
public record PlaceMention(Span span, String name, String fullName, PlaceKind kind, String rule, int sentence) {

  /** True when the kind comes from the wording (a unit word), not from a statistical tagger. */
  public boolean firmKind() {
    return rule.startsWith("pattern");
  }

  /** A mention whose full name is its name. */
  public static PlaceMention of(Span span, String name, PlaceKind kind, String rule, int sentence) {
    return new PlaceMention(span, name, name, kind, rule, sentence);
  }
}
