package org.observatory.eval.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-label precision, recall and F1 over single-label predictions, and their macro average over a fixed label
 * set. Each item counts once; a prediction outside the label set (or none) is a miss.
 */
public final class LabelScores {

  /** One label's counts and scores. */
  public record Row(String label, int tp, int fp, int fn, double precision, double recall, double f1) {}

  private LabelScores() {}

  public static List<Row> rows(List<String> labels, List<String> gold, List<String> predicted) {
    List<Row> out = new ArrayList<>();
    for (String l : labels) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = l.equals(gold.get(i));
        boolean p = l.equals(predicted.get(i));
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      double pr = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double re = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
      out.add(new Row(l, tp, fp, fn, pr, re, f1));
    }
    return out;
  }

  public static double macroF1(List<Row> rows) {
    return rows.stream().mapToDouble(Row::f1).average().orElse(0);
  }

  public static double accuracy(List<String> gold, List<String> predicted) {
    int ok = 0;
    for (int i = 0; i < gold.size(); i++) {
      ok += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
    }
    return gold.isEmpty() ? 0 : ok / (double) gold.size();
  }

  /** Confusions gold -> predicted with their counts, most frequent first. */
  public static Map<String, Integer> confusions(List<String> gold, List<String> predicted, int limit) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!gold.get(i).equals(predicted.get(i))) {
        m.merge(gold.get(i) + " -> " + predicted.get(i), 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(limit)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
