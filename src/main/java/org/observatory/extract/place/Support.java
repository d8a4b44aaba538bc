package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observatory.gazetteer.GazetteerEntry;
import org.observatory.gazetteer.Geo;

/**
 * Mutual support between ambiguous names: for each candidate, the distance to the nearest plausible candidate
 * (among the top {@link #POOL} by prior) of any other name in the document, so that "Alexandria" and "Arlington"
 * pull each other to Virginia even when neither is the most populous of its name. Pure.
 */
final class Support {

  static final int POOL = 10;

  private Support() {}

  /** {@code [mention][candidate]} distance in km to the nearest pooled candidate of another name. */
  static double[][] nearestInOtherPools(List<PlaceMention> mentions, List<List<Candidate>> cands) {
    Map<String, List<GazetteerEntry>> pools = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      pools.putIfAbsent(mentions.get(i).name(), pool(cands.get(i)));
    }
    Map<String, double[]> byName = new HashMap<>();
    double[][] out = new double[mentions.size()][];
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      List<Candidate> cs = cands.get(i);
      String key = m.name() + "|" + m.fullName() + "|" + m.kind() + "|" + m.firmKind();
      out[i] = byName.computeIfAbsent(key, k -> distances(m.name(), cs, pools));
    }
    return out;
  }

  private static double[] distances(String name, List<Candidate> cs, Map<String, List<GazetteerEntry>> pools) {
    double[] d = new double[cs.size()];
    for (int k = 0; k < cs.size(); k++) {
      GazetteerEntry e = cs.get(k).entry();
      double min = Double.POSITIVE_INFINITY;
      if (isPoint(e)) {
        for (Map.Entry<String, List<GazetteerEntry>> p : pools.entrySet()) {
          if (p.getKey().equals(name)) {
            continue;
          }
          for (GazetteerEntry o : p.getValue()) {
            min = Math.min(min, Geo.approxKm(e, o));
          }
        }
      }
      d[k] = min;
    }
    return d;
  }

  /**
   * For each candidate that is a first-level unit, how many other names have a pooled candidate inside it ("Georgia"
   * with "Athens" and "Clarke County" near by); 0 for other candidates.
   */
  static int[][] namesInsideAdmin1(List<PlaceMention> mentions, List<List<Candidate>> cands) {
    Map<String, List<GazetteerEntry>> pools = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      pools.putIfAbsent(mentions.get(i).name(), pool(cands.get(i)));
    }
    int[][] out = new int[mentions.size()][];
    for (int i = 0; i < mentions.size(); i++) {
      List<Candidate> cs = cands.get(i);
      out[i] = new int[cs.size()];
      for (int k = 0; k < cs.size(); k++) {
        GazetteerEntry a = cs.get(k).entry();
        if (!a.isAdmin1()) {
          continue;
        }
        for (Map.Entry<String, List<GazetteerEntry>> p : pools.entrySet()) {
          if (!p.getKey().equals(mentions.get(i).name()) && p.getValue().stream().anyMatch(o ->
              o.country().equals(a.country()) && o.admin1Code().equals(a.admin1Code()))) {
            out[i][k]++;
          }
        }
      }
    }
    return out;
  }

  private static List<GazetteerEntry> pool(List<Candidate> cs) {
    List<Candidate> sorted = new ArrayList<>(cs);
    sorted.removeIf(c -> c.fuzzy() || !isPoint(c.entry()));
    sorted.sort(Comparator.comparingDouble(Candidate::prior).reversed());
    return sorted.stream().limit(POOL).map(Candidate::entry).toList();
  }

  /** Small enough for distance to mean something: not a country, region or first-level unit. */
  static boolean isPoint(GazetteerEntry e) {
    return !e.isCountry() && !e.isRegion() && !e.isAdmin1();
  }
}
