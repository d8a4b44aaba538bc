package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Streets and roads: a proper-noun run ending in a street word ("Gillis Street", "E. Broad St.", "Pine Needle
 * Drive") and a route word followed by a number ("Highway 19", "Interstate 45", "Route 66"). They are places of the
 * text but not gazetteer entries: their kind is {@link PlaceKind#STREET}, so they are placed by the enclosing unit
 * the text supports. A run inside a longer person name or inside an organisation name ("Wall Street Journal", "United Way") is not
 * a street, nor is a person's name whose surname is a street word after a middle initial ("Virginia L. Lane").
 * Stateless.
 */
final class StreetPatterns {

  static final String RULE = "pattern:street";
  private static final Set<String> STREET_WORDS = Set.of("street", "st.", "avenue", "ave.", "ave", "road", "rd.",
      "drive", "dr.", "boulevard", "blvd.", "blvd", "lane", "ln.", "parkway", "pkwy.", "highway", "hwy.", "pike",
      "turnpike", "expressway", "freeway", "bypass", "circle", "terrace", "trail", "way");
  /** Street words that are also common surnames. */
  private static final Set<String> SURNAME_STREET_WORDS = Set.of("lane", "way", "street", "road");
  private static final Set<String> ROUTE_WORDS = Set.of("highway", "hwy.", "interstate", "route", "i-", "us",
      "fm", "sr", "state road", "county road");

  private StreetPatterns() {}

  static List<PlaceMention> find(Sentence s, String text, List<EntityMention> entities) {
    List<PlaceMention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int[] run : ProperRuns.find(t)) {
      int end = run[1];
      boolean street = end - run[0] >= 2 && STREET_WORDS.contains(lower(t.get(end - 1)));
      boolean route = end < t.size() && t.get(end).pos().equals("CD") && t.get(end).text().matches("\\d{1,4}")
          && ROUTE_WORDS.contains(lower(t.get(end - 1)));
      if (!street && !route || street && isInitial(t.get(end - 2)) && SURNAME_STREET_WORDS.contains(lower(t.get(end - 1)))) {
        continue;
      }
      boolean numbered = end < t.size() && t.get(end).text().matches("\\d{1,4}");
      int last = route || street && numbered ? end : end - 1;
      Span span = new Span(t.get(run[0]).span().start(), t.get(last).span().end());
      if (!insideLongerName(span, entities)) {
        out.add(PlaceMention.of(span, span.of(text), PlaceKind.STREET, RULE, s.index()));
      }
    }
    return out;
  }

  /** "L." in "Virginia L. Lane": the street word is a surname after a middle initial. */
  private static boolean isInitial(Token token) {
    return token.text().matches("\\p{Lu}\\.");
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }

  private static boolean insideLongerName(Span span, List<EntityMention> entities) {
    for (EntityMention e : entities) {
      boolean covers = e.span().overlaps(span) && e.span().length() >= span.length();
      if (covers && e.type().equals("ORGANIZATION") || covers && e.span().length() > span.length()
          && e.type().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }
}
