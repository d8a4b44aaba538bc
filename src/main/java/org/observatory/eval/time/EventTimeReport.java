package org.observatory.eval.time;

import java.util.List;
import java.util.Locale;

/**
 * What {@code eval event-time} prints.
 *
 * @param files files scored
 * @param product counts for the event stage's dater
 * @param nearest counts for the nearest-expression baseline
 * @param errors one line per wrong or missing choice of the product (empty unless asked for)
 */
public record EventTimeReport(int files, EventTimeScorer.Counts product, EventTimeScorer.Counts nearest,
    List<String> errors) {

  public EventTimeReport {
    errors = List.copyOf(errors);
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    EventTimeScorer.Counts c = product;
    b.append(String.format(Locale.ROOT, "files %d  events linked to a DATE/TIME of their sentence %d"
        + "  (with an overlap link %d; its expression found by the time stage %d)%n", files, c.events(),
        c.overlapEvents(), c.goldTimeFound()));
    b.append(line("product", product));
    b.append(line("nearest", nearest));
    b.append(String.format(Locale.ROOT, "product: right expression with the gold value %d of %d right%n",
        product.rightValue(), product.right()));
    if (!errors.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nerrors (%d)%n", errors.size()));
      errors.forEach(e -> b.append(e).append('\n'));
    }
    return b.toString();
  }

  private static String line(String name, EventTimeScorer.Counts c) {
    return String.format(Locale.ROOT, "%-8s P %.3f R %.3f F1 %.3f  right %d  bound %d  none %d  before/after %d  other %d"
        + "  unlinked %d%n", name, c.precision(), c.recall(), c.f1(), c.right(), c.bound(), c.none(), c.beforeAfter(),
        c.other(), c.unlinked());
  }
}
