package org.observatory.extract.place;

import java.util.List;
import java.util.regex.Pattern;

/** Finds the mention that contains another: "X, Y", "X of Y", "X in Y", "the X district of Y province". Pure. */
final class Containment {

  private static final Pattern GAP = Pattern.compile(
      "\\s*,?\\s*(?:(?:which|that)\\s+(?:lies|is|lie|are)\\s+(?:located\\s+|situated\\s+)?)?(?:of|in|near)?"
          + "\\s*(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
          + "north-?western|north-?eastern|south-?western|south-?eastern|northwestern|northeastern|southwestern|"
          + "southeastern)\\s+)?(?:(?:province|governorate|state|county|region|district)\\s+of\\s+)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private Containment() {}

  /** Index of the mention that encloses mention {@code i} by the wording between them, or -1. */
  static int containerOf(int i, List<PlaceMention> mentions, String text) {
    if (i + 1 >= mentions.size()) {
      return -1;
    }
    PlaceMention m = mentions.get(i);
    PlaceMention next = mentions.get(i + 1);
    if (next.sentence() != m.sentence() || next.span().start() - m.span().end() > 60) {
      return -1;
    }
    String gap = text.substring(m.span().end(), next.span().start());
    String afterUnit = gap.replaceFirst("(?iU)^\\s*(?:nahiyah|nahiya|sub-?district|district|province|governorate|"
        + "village|town|city|county|parish)(?:\\s+(?:district|sub-?district))?", "");
    boolean hasLink = !gap.isBlank() && (gap.contains(",") || gap.matches("(?is).*\\b(of|in)\\b.*"));
    return hasLink && GAP.matcher(afterUnit).matches() ? i + 1 : -1;
  }
}
