package org.observatory.eval.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one evaluation run.
 *
 * @param name what was evaluated
 * @param items number of scored items
 * @param rows per-label scores
 * @param macroF1 macro-averaged F1 over the labels
 * @param accuracy share of items with the right label
 * @param confusions most frequent gold -> predicted confusions
 * @param notes further measured lines (argument matches, out-of-scope counts)
 * @param errors one line per wrong item: id, gold, prediction, trigger and rule, text
 */
public record EvalReport(String name, int items, List<LabelScores.Row> rows, double macroF1, double accuracy,
    Map<String, Integer> confusions, List<String> notes, List<String> errors) {

  public EvalReport {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
  }

  static EvalReport of(String name, List<String> labels, List<String> gold, List<String> predicted,
      List<String> errors, List<String> notes) {
    List<LabelScores.Row> rows = LabelScores.rows(labels, gold, predicted);
    return new EvalReport(name, gold.size(), rows, LabelScores.macroF1(rows),
        LabelScores.accuracy(gold, predicted), LabelScores.confusions(gold, predicted, 12), notes, errors);
  }

  /** A plain-text table; with {@code withErrors} every wrong item follows. */
  public String render(boolean withErrors) {
    StringBuilder b = new StringBuilder();
    b.append(name).append('\n').append("items: ").append(items).append('\n');
    b.append(String.format(Locale.ROOT, "%-32s %5s %5s %5s %6s %6s %6s%n", "label", "tp", "fp", "fn", "P", "R",
        "F1"));
    for (LabelScores.Row r : rows) {
      b.append(String.format(Locale.ROOT, "%-32s %5d %5d %5d %6.3f %6.3f %6.3f%n", r.label(), r.tp(), r.fp(),
          r.fn(), r.precision(), r.recall(), r.f1()));
    }
    b.append(String.format(Locale.ROOT, "macro F1: %.3f   accuracy: %.3f%n", macroF1, accuracy));
    notes.forEach(n -> b.append(n).append('\n'));
    b.append("most frequent confusions (gold -> predicted):\n");
    confusions.forEach((k, v) -> b.append("  ").append(v).append("  ").append(k).append('\n'));
    if (withErrors) {
      b.append("errors:\n");
      errors.forEach(e -> b.append(e).append('\n'));
    }
    return b.toString();
  }
}
