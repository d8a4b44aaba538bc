package org.observatory.extract.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * "X happened two days after Y said ...": the time stage dates the expression "two days" by the event of the
 * subordinate clause (derivation {@code event}); its value is the date of the main clause X, and the
 * subordinate event Y lies that distance before (after) it. Stateless.
 */
final class RelativeClause {

  private static final Set<String> MARKS = Set.of("after", "before");
  /** A calendar value ("2020-02-02"); an unanchored distance ("P2D") dates nothing. */
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}");
  private static final Pattern DISTANCE = Pattern.compile("(\\w+)\\s+(day|week|month|year)s?",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

  private RelativeClause() {}

  /** The after/before mark of {@code verb}'s adverbial clause, or "". */
  private static String mark(DepGraph g, int verb) {
    boolean adverbial = g.head(verb).map(d -> DepGraph.matches(d.relation(), "advcl")).orElse(false);
    if (!adverbial) {
      return "";
    }
    return g.children(verb, "mark").stream().map(g::lemma).filter(MARKS::contains).findFirst().orElse("");
  }

  /** True when {@code t} is an event-anchored distance inside {@code verb}'s after/before clause. */
  static boolean datesTheMainClause(DepGraph g, int verb, TimeExpression t) {
    return "event".equals(t.derivation()) && !mark(g, verb).isEmpty() && inClause(g, verb, t);
  }

  private static boolean inClause(DepGraph g, int verb, TimeExpression t) {
    int head = g.headOf(new Span(t.start(), t.end()));
    return head >= 0 && g.subtree(verb, Set.of("ccomp", "advcl", "parataxis", "acl")).get(head);
  }

  /** For the subordinate event: the main clause's date shifted back (after) or forward (before). */
  static Optional<DateValue> date(DepGraph g, int verb, List<TimeExpression> times) {
    String mark = mark(g, verb);
    for (TimeExpression t : times) {
      if (!datesTheMainClause(g, verb, t) || t.value() == null || t.value().length() != 10) {
        continue;
      }
      Matcher m = DISTANCE.matcher(t.text());
      Integer n = m.find() ? number(m.group(1)) : null;
      if (n == null) {
        continue;
      }
      try {
        LocalDate main = LocalDate.parse(t.value());
        int sign = mark.equals("after") ? -1 : 1;
        LocalDate d = switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "day" -> main.plusDays(sign * (long) n);
          case "week" -> main.plusWeeks(sign * (long) n);
          case "month" -> main.plusMonths(sign * (long) n);
          default -> main.plusYears(sign * (long) n);
        };
        return Optional.of(new DateValue(d.toString(), t.precision(), t.text(), "anchor", null, null));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * For the main event: a distance expression inside its after/before clause dates it, once the time stage
   * anchored it to a calendar value (without a document date "two days" stays P2D and dates nothing).
   */
  static Optional<TimeExpression> mainClauseTime(DepGraph g, int verb, List<TimeExpression> times) {
    for (int c : g.children(verb, "advcl")) {
      for (TimeExpression t : times) {
        if (datesTheMainClause(g, c, t) && t.value() != null && CALENDAR.matcher(t.value()).lookingAt()) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  private static Integer number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.matches("\\d{1,3}")) {
      return Integer.parseInt(w);
    }
    return NUMBERS.get(w);
  }
}
