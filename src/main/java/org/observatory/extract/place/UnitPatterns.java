package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Toponyms announced by a unit word: "X province", "X border crossing", "X village", "the Saraqib Nahiyah
 * district", and "the (northwestern) province of X", "the town of X", "the city of X". Stateless.
 */
final class UnitPatterns {

  static final String RULE_AFTER = "pattern:unit-after";
  static final String RULE_BEFORE = "pattern:unit-of";

  private UnitPatterns() {}

  static List<PlaceMention> find(Sentence s, String text) {
    List<PlaceMention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int[] run : ProperRuns.find(tokens)) {
      int from = run[0];
      int to = firstUnitWord(tokens, run[0], run[1]);
      if (to <= from) {
        continue;
      }
      int unitEnd = to;
      PlaceKind kind = PlaceKind.ANY;
      while (unitEnd < tokens.size()) {
        PlaceKind k = unitKind(tokens, unitEnd);
        if (k == PlaceKind.ANY) {
          break;
        }
        kind = kind == PlaceKind.ANY || k == PlaceKind.DISTRICT ? k : kind;
        unitEnd += unitLength(tokens, unitEnd);
      }
      if (kind != PlaceKind.ANY) {
        out.add(mention(tokens, from, to, unitEnd, kind, RULE_AFTER, s.index(), text));
        continue;
      }
      if (from >= 2 && tokens.get(from - 1).text().equalsIgnoreCase("of")) {
        PlaceKind before = PlaceKind.ofUnitWord(tokens.get(from - 2).text());
        if (before != PlaceKind.ANY && before != PlaceKind.FACILITY) {
          Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
          out.add(PlaceMention.of(span, span.of(text), before, RULE_BEFORE, s.index()));
        }
      }
    }
    return out;
  }

  /** The first capitalised unit word after the run's first token ("Rapides Parish Fire" → at "Parish"), or end. */
  private static int firstUnitWord(List<Token> tokens, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (PlaceKind.ofUnitWord(tokens.get(i).text()) != PlaceKind.ANY) {
        return i;
      }
    }
    return to;
  }

  private static PlaceKind unitKind(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (w.equals("border") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("crossing")) {
      return PlaceKind.FACILITY;
    }
    if (w.equals("air") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("base")) {
      return PlaceKind.FACILITY;
    }
    return PlaceKind.ofUnitWord(w);
  }

  private static int unitLength(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    return (w.equals("border") || w.equals("air")) ? 2 : 1;
  }

  private static PlaceMention mention(List<Token> tokens, int from, int to, int unitEnd, PlaceKind kind, String rule,
      int sentence, String text) {
    Span name = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    Span whole = new Span(name.start(), tokens.get(unitEnd - 1).span().end());
    String full = kind == PlaceKind.FACILITY ? name.of(text) : whole.of(text);
    return new PlaceMention(kind == PlaceKind.FACILITY ? whole : name, name.of(text), full, kind, rule, sentence);
  }
}
