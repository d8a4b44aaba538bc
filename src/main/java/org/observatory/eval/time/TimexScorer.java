package org.observatory.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.observatory.core.Span;
import org.observatory.record.TimeExpression;

/** Pairs system expressions with gold TIMEX3s (one-to-one, exact spans first, then overlaps) and counts. Stateless. */
public final class TimexScorer {

  /** Counts plus one line per miss, false alarm and wrong value or type. */
  public record Result(Counts counts, List<String> errors) {}

  public Result score(TimeMlDocument doc, List<TimeExpression> system) {
    List<TimeMlDocument.Gold> gold = doc.gold();
    int[] pairOfGold = new int[gold.size()];
    boolean[] used = new boolean[system.size()];
    java.util.Arrays.fill(pairOfGold, -1);
    int strict = pair(gold, system, pairOfGold, used, true);
    int relaxed = strict + pair(gold, system, pairOfGold, used, false);
    int type = 0;
    int value = 0;
    List<String> errors = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      TimeMlDocument.Gold gd = gold.get(g);
      if (pairOfGold[g] < 0) {
        errors.add(line(doc, "MISS", gd.span(), "gold " + gd.type() + " " + gd.value()));
        continue;
      }
      TimeExpression s = system.get(pairOfGold[g]);
      type += gd.type().equals(s.type()) ? 1 : 0;
      if (Objects.equals(gd.value(), s.value())) {
        value++;
      } else {
        errors.add(line(doc, "VALUE", gd.span(), "gold " + gd.type() + " " + gd.value() + " | system '" + s.text()
            + "' " + s.type() + " " + s.value() + " (" + s.provenance().rule() + ")"));
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        TimeExpression s = system.get(i);
        errors.add(line(doc, "EXTRA", new Span(s.start(), s.end()), "system " + s.type() + " " + s.value()));
      }
    }
    Counts c = new Counts(gold.size(), system.size(), strict, relaxed, type, value);
    return new Result(c, errors);
  }

  private static int pair(List<TimeMlDocument.Gold> gold, List<TimeExpression> system, int[] pairOfGold,
      boolean[] used, boolean exact) {
    int n = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (pairOfGold[g] >= 0) {
        continue;
      }
      Span gs = gold.get(g).span();
      for (int i = 0; i < system.size(); i++) {
        Span ss = new Span(system.get(i).start(), system.get(i).end());
        if (!used[i] && (exact ? gs.equals(ss) : gs.overlaps(ss))) {
          used[i] = true;
          pairOfGold[g] = i;
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static String line(TimeMlDocument doc, String kind, Span span, String detail) {
    String t = doc.text();
    int from = Math.max(0, Math.max(t.lastIndexOf('\n', span.start()) + 1, span.start() - 120));
    int to = t.indexOf('\n', span.end());
    to = Math.min(to < 0 ? t.length() : to, span.end() + 120);
    String context = (t.substring(from, span.start()) + "[[" + span.of(t) + "]]" + t.substring(span.end(), to))
        .replaceAll("\\s+", " ").trim();
    return doc.name() + "\t" + kind + "\t'" + span.of(t).replaceAll("\\s+", " ") + "'\t" + detail + "\t| " + context;
  }
}
