package org.observatory.extract.place;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.record.Place;

/**
 * Helps later stages (events) find the place of a span or sentence among the PLACES of a document. Pure functions.
 */
public final class PlaceLookup {

  private static final Map<String, Integer> FINENESS = Map.of("point", 7, "locality", 6, "admin3", 5, "admin2", 4,
      "admin1", 3, "country", 2, "region", 1, "unresolved", 0);

  private PlaceLookup() {}

  /** How fine a precision word is: point 7 ... region 1, unresolved 0. */
  public static int fineness(String precision) {
    return FINENESS.getOrDefault(precision, 0);
  }

  /** True when {@code p} is a relative location (a point or segment derived from toponyms). */
  public static boolean isRelative(Place p) {
    return p.provenance().rule().startsWith("relative:");
  }

  /** The located place overlapping {@code span} that is finest (relative locations win ties), if any. */
  public static Optional<Place> at(List<Place> places, Span span) {
    return places.stream().filter(p -> p.lat() != null && new Span(p.start(), p.end()).overlaps(span))
        .max(best());
  }

  /**
   * The place an event in {@code sentence} most likely happened at: among located places inside the sentence, the
   * finest, then the nearest to {@code anchor} (e.g. the event trigger; may be null).
   */
  public static Optional<Place> inSentence(List<Place> places, Span sentence, Span anchor) {
    Comparator<Place> byDistance = Comparator.comparingInt(p -> anchor == null ? 0 : -distance(p, anchor));
    return places.stream().filter(p -> p.lat() != null && sentence.contains(new Span(p.start(), p.end())))
        .max(best().thenComparing(byDistance));
  }

  private static Comparator<Place> best() {
    return Comparator.<Place>comparingInt(p -> fineness(p.precision()))
        .thenComparing(p -> isRelative(p) ? 1 : 0)
        .thenComparing(p -> p.resolved() ? 1 : 0);
  }

  private static int distance(Place p, Span anchor) {
    if (p.end() <= anchor.start()) {
      return anchor.start() - p.end();
    }
    return p.start() >= anchor.end() ? p.start() - anchor.end() : 0;
  }
}
