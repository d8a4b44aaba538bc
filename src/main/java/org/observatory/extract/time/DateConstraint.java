package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Evidence from outside the time expressions that the publication day lies in one of some periods, e.g. "President
 * Clinton" (he held that office from 1993-01-20 to 2001-01-20). {@link DocDateInference} counts a day outside every
 * period as one violated constraint, like a tense conflict, so a constraint that contradicts the rest is outvoted
 * rather than emptying the range. Immutable.
 *
 * @param evidence what the constraint comes from (for the method sentence and debugging), never null
 * @param periods the allowed periods, sorted and merged, never empty
 */
public record DateConstraint(String evidence, List<Period> periods) {

  /**
   * A period of days, both ends inclusive.
   *
   * @param from first day, null when open towards the past
   * @param to last day, null when open towards the future
   */
  public record Period(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  public DateConstraint {
    Objects.requireNonNull(evidence, "evidence");
    periods = merge(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a date constraint needs at least one period");
    }
  }

  /** True when the periods cover every day (such a constraint says nothing). */
  public boolean coversAll() {
    return periods.size() == 1 && periods.get(0).from() == null && periods.get(0).to() == null;
  }

  /** True when {@code d} lies in one of the periods. */
  public boolean allows(LocalDate d) {
    return periods.stream().anyMatch(p -> p.contains(d));
  }

  /** Sorts by start (open first) and joins overlapping or adjacent periods. */
  static List<Period> merge(List<Period> in) {
    List<Period> sorted = new ArrayList<>(in);
    sorted.sort(Comparator.comparing(Period::from, Comparator.nullsFirst(Comparator.naturalOrder())));
    List<Period> out = new ArrayList<>();
    for (Period p : sorted) {
      if (!out.isEmpty()) {
        Period last = out.get(out.size() - 1);
        if (last.to() == null || p.from() == null || !p.from().isAfter(last.to().plusDays(1))) {
          LocalDate to = last.to() == null || p.to() == null ? null : (p.to().isAfter(last.to()) ? p.to() : last.to());
          out.set(out.size() - 1, new Period(last.from(), to));
          continue;
        }
      }
      out.add(p);
    }
    return List.copyOf(out);
  }
}
