package org.observatory.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Dependency;
import org.observatory.record.DateValue;
import org.observatory.record.DayInterval;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * "It is more than four years since the militia seized the airport": an event in a since-clause whose governor
 * states the time elapsed lies that long before the governor's date (its own calendar date, "In March, it was six
 * years since ...", else the report). Value the day so reached, precision {@code approximate}, derivation
 * {@code anchor}; "more than"/"over"/"almost" make it a bound ({@code latest} or {@code earliest}). Stateless.
 */
final class ElapsedSince {

  private static final Pattern AMOUNT = Pattern.compile("^P(\\d+)([YMWD])$");
  private static final Pattern MORE = Pattern.compile("\\b(?:more than|over|at least)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LESS = Pattern.compile("\\b(?:less than|almost|nearly|under)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "csubj", "xcomp", "conj", "acl");

  private ElapsedSince() {}

  static Optional<DateValue> date(DepGraph g, int verb, List<TimeExpression> times, Published published) {
    for (Dependency d : g.sentence().parents(verb)) {
      if (!d.isRoot() && d.relation().startsWith("advcl") && (d.relation().equals("advcl:since")
          || g.marker(verb).equals("since"))) {
        Optional<DateValue> v = fromGovernor(g, d.governor(), times, published);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DateValue> fromGovernor(DepGraph g, int gov, List<TimeExpression> times,
      Published published) {
    java.util.BitSet clause = g.subtree(gov, CLAUSAL);
    Span sentence = g.sentence().span();
    TimeExpression elapsed = null;
    LocalDate base = published == null || published.latest() == null ? null
        : DayInterval.span(published.latest()).map(DayInterval::first).orElse(null);
    for (TimeExpression t : times) {
      Span span = new Span(t.start(), t.end());
      int head = sentence.contains(span) ? g.headOf(span) : -1;
      if (head < 0 || !clause.get(head)) {
        continue;
      }
      if ("DURATION".equals(t.type()) && t.value() != null && AMOUNT.matcher(t.value()).matches()) {
        elapsed = t;
      } else if ("DATE".equals(t.type())) {
        Optional<DayInterval> own = DayInterval.span(t.value()).filter(DayInterval::bounded);
        if (own.isPresent()) {
          base = own.get().first();
        }
      }
    }
    if (elapsed == null || base == null) {
      return Optional.empty();
    }
    Matcher m = AMOUNT.matcher(elapsed.value());
    m.matches();
    long n = Long.parseLong(m.group(1));
    LocalDate day = switch (m.group(2)) {
      case "Y" -> base.minusYears(n);
      case "M" -> base.minusMonths(n);
      case "W" -> base.minusWeeks(n);
      default -> base.minusDays(n);
    };
    String v = day.toString();
    boolean more = MORE.matcher(elapsed.text()).find();
    boolean less = LESS.matcher(elapsed.text()).find();
    return Optional.of(new DateValue(v, "approximate", elapsed.text(), "anchor", less ? v : null, more ? v : null));
  }
}
