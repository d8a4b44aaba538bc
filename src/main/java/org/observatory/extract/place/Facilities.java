package org.observatory.extract.place;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.observatory.core.Span;

/**
 * Buildings and institutions that the tagger takes for locations ("Mercy Memorial Hospital", "Webb Center",
 * "Cascade Motel"): a location mention whose last word is a facility noun is not a toponym; the place name it starts
 * with, if any ("St. Cloud Hospital" -> "St. Cloud"), is one, on the same weak evidence as a place word starting an
 * organisation name. A mention starting with an administrative unit word ("County Jail" after "Henderson") is left
 * alone. General English vocabulary only. Pure, thread-safe.
 */
final class Facilities {

  /** Head nouns of buildings, businesses and institutions. */
  static final Set<String> HEADS = Set.of("center", "centre", "hall", "hospital", "museum", "motel", "hotel", "inn",
      "home", "mausoleum", "academy", "school", "arena", "amphitheatre", "amphitheater", "building", "laundromat",
      "theater", "theatre", "gallery", "cemetery", "library", "church", "chapel", "storage", "bar", "restaurant",
      "store", "mall", "jail", "prison", "courthouse", "stadium", "club", "office", "clinic", "university",
      "college", "elementary", "tower", "terminal", "pizzeria", "cafe", "café", "grill", "bank", "plant", "factory",
      "apartments", "complex", "garden", "ambulance", "weekend");
  /** Further heads of institutions named after a person as often as after a place ("Superior Court"). */
  private static final Set<String> INSTITUTION_HEADS = Set.of("court", "foundation", "association");
  private static final Set<String> UNIT_STARTS = Set.of("county", "parish", "township", "city", "town", "village",
      "borough");

  private Facilities() {}

  /** True when the mention text ends in a facility noun and does not start with a unit word. */
  static boolean isFacility(String surface) {
    String[] words = surface.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length >= 1 && HEADS.contains(words[words.length - 1]) && !UNIT_STARTS.contains(words[0]);
  }

  /** True when an organisation name ends in a facility or institution noun ("Ripley High School"). */
  static boolean isFacilityName(String orgName) {
    String[] words = orgName.strip().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return HEADS.contains(last) || INSTITUTION_HEADS.contains(last);
  }

  /**
   * The longest proper prefix of a facility mention that is a gazetteer name, as a facility-modifier mention.
   *
   * @param isPlaceName true for a specific gazetteer name
   */
  static Optional<PlaceMention> placePrefix(Span span, String text, Predicate<String> isPlaceName, int sentence) {
    String surface = span.of(text);
    int cut = surface.lastIndexOf(' ');
    while (cut > 0) {
      String prefix = surface.substring(0, cut).strip();
      if (isPlaceName.test(prefix)) {
        Span sub = new Span(span.start(), span.start() + prefix.length());
        return Optional.of(PlaceMention.of(sub, prefix, PlaceKind.ANY, GazetteerMatcher.RULE_FACILITY, sentence));
      }
      cut = surface.lastIndexOf(' ', cut - 1);
    }
    return Optional.empty();
  }
}
