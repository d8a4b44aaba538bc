package org.observatory.extract.discourse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/** Time expressions looked up by span and turned into {@link DateValue}s. Stateless and thread-safe. */
public final class Dates {

  private Dates() {}

  /** The time expressions inside {@code span}, in text order. */
  public static List<TimeExpression> in(List<TimeExpression> times, Span span) {
    return times.stream().filter(t -> span.contains(new Span(t.start(), t.end())))
        .sorted(Comparator.comparingInt(TimeExpression::start)).toList();
  }

  /** The time expression overlapping {@code span}, if any. */
  public static Optional<TimeExpression> overlapping(List<TimeExpression> times, Span span) {
    return times.stream().filter(t -> span.overlaps(new Span(t.start(), t.end()))).findFirst();
  }

  /** True when the expression carries a calendar value without X placeholders. */
  public static boolean isResolvedDate(TimeExpression t) {
    return ("DATE".equals(t.type()) || "TIME".equals(t.type())) && t.value() != null
        && !t.value().isBlank() && !t.value().contains("X") && Character.isDigit(t.value().charAt(0));
  }

  /**
   * The expression as a {@link DateValue}: its value, precision and derivation as the time stage gave them, or an
   * unresolved value (text kept) when it has no calendar value.
   */
  public static DateValue toDateValue(TimeExpression t) {
    if (!isResolvedDate(t)) {
      return new DateValue(null, "unresolved", t.text(), t.derivation() == null ? "unresolved" : t.derivation(),
          null, null);
    }
    return new DateValue(t.value(), t.precision(), t.text(), t.derivation(), null, null);
  }
}
