package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.observatory.core.English;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * A list of names closed by a plural unit word: "Cooke, Grayson and Love counties", "Butler, Clark or Warren
 * counties", "Strickland and North avenues". Each name of the list is a place of the unit's kind. Stateless.
 */
final class CoordinatedUnits {

  static final String RULE = "pattern:unit-list";
  private static final Map<String, PlaceKind> PLURALS = Map.ofEntries(Map.entry("counties", PlaceKind.DISTRICT),
      Map.entry("parishes", PlaceKind.DISTRICT), Map.entry("districts", PlaceKind.DISTRICT),
      Map.entry("provinces", PlaceKind.ADMIN1), Map.entry("governorates", PlaceKind.ADMIN1),
      Map.entry("states", PlaceKind.ADMIN1), Map.entry("villages", PlaceKind.POPULATED),
      Map.entry("towns", PlaceKind.POPULATED), Map.entry("cities", PlaceKind.POPULATED),
      Map.entry("streets", PlaceKind.STREET), Map.entry("avenues", PlaceKind.STREET),
      Map.entry("roads", PlaceKind.STREET), Map.entry("drives", PlaceKind.STREET));
  private static final Set<String> JOINERS = Set.of(",", "and", "or");

  private CoordinatedUnits() {}

  static List<PlaceMention> find(Sentence s, String text) {
    List<PlaceMention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    List<int[]> runs = ProperRuns.find(t);
    for (int r = 0; r < runs.size(); r++) {
      int end = runs.get(r)[1];
      PlaceKind kind = end < t.size() ? PLURALS.get(t.get(end).text().toLowerCase(Locale.ROOT)) : null;
      if (kind == null) {
        continue;
      }
      int first = r;
      while (first > 0 && onlyJoiners(t, runs.get(first - 1)[1], runs.get(first)[0])) {
        first--;
      }
      if (first == r) {
        continue;
      }
      for (int k = first; k <= r; k++) {
        Span span = new Span(t.get(runs.get(k)[0]).span().start(), t.get(runs.get(k)[1] - 1).span().end());
        String name = span.of(text);
        String full = name + " " + singular(t.get(end).text());
        out.add(new PlaceMention(span, name, full, kind, RULE, s.index()));
      }
    }
    return out;
  }

  private static boolean onlyJoiners(List<Token> t, int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!JOINERS.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String singular(String plural) {
    String p = plural.toLowerCase(Locale.ROOT);
    String one = English.singular(p);
    return Character.toUpperCase(one.charAt(0)) + one.substring(1);
  }
}
