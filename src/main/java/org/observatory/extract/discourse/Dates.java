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

}
