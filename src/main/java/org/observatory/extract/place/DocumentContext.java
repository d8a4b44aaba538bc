package org.observatory.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observatory.gazetteer.Geo;
import org.observatory.gazetteer.GazetteerEntry;

/**
 * What the other mentions of a document say about where it is: country and admin1 counts of their current best
 * candidates. When the mentions' names are given, the country and admin1 shares are votes of the other names, one
 * vote per name: a name repeated ten times is one piece of evidence, and a name's own current best never votes for
 * itself (else the first, population-based choice of a repeated name, "Alexandria" in Egypt, outvotes the places
 * around it, "Virginia"). Immutable once built.
 */
final class DocumentContext {

  private final List<GazetteerEntry> best;
  private final Map<String, Integer> countries = new HashMap<>();
  private final Map<String, Integer> admin1s = new HashMap<>();
  private final int total;
  private final List<String> names;
  /** Per name: its mentions' country and admin1 counts (keys "c:CC" and "a:CC.A1") and their total ("n"). */
  private final Map<String, Map<String, Integer>> byName = new HashMap<>();
  /** Per key: the sum over names of their vote. */
  private final Map<String, Double> allVotes = new HashMap<>();

  /** @param best current best entry per mention, null where there is none; each mention counts as its own name */
  DocumentContext(List<GazetteerEntry> best) {
    this(best, null);
  }

  /**
   * @param best current best entry per mention, null where there is none
   * @param names the mentions' names, in the same order as {@code best}; null: each mention counts as its own name
   */
  DocumentContext(List<GazetteerEntry> best, List<String> names) {
    this.best = best;
    this.names = names;
    int n = 0;
    for (int i = 0; i < best.size(); i++) {
      GazetteerEntry e = best.get(i);
      if (e == null) {
        continue;
      }
      n++;
      countries.merge(e.country(), 1, Integer::sum);
      if (!e.isCountry()) {
        admin1s.merge(admin1Key(e), 1, Integer::sum);
      }
      if (names != null) {
        Map<String, Integer> own = byName.computeIfAbsent(names.get(i), k -> new HashMap<>());
        own.merge("n", 1, Integer::sum);
        own.merge("c:" + e.country(), 1, Integer::sum);
        if (!e.isCountry()) {
          own.merge("a:" + admin1Key(e), 1, Integer::sum);
        }
      }
    }
    this.total = n;
    for (Map<String, Integer> name : byName.values()) {
      for (String key : name.keySet()) {
        if (!key.equals("n")) {
          allVotes.merge(key, vote(name, key), Double::sum);
        }
      }
    }
  }

  /**
   * Share of the names other than {@code self}'s whose mentions resolve under {@code key}: each name votes once,
   * split over the places its mentions resolve to.
   */
  private double nameVotes(int self, String key) {
    Map<String, Integer> own = byName.get(names.get(self));
    int voters = byName.size() - (own == null ? 0 : 1);
    if (voters <= 0) {
      return 0;
    }
    double votes = allVotes.getOrDefault(key, 0.0) - (own == null ? 0 : vote(own, key));
    return Math.max(0, votes) / voters;
  }

  private static double vote(Map<String, Integer> name, String key) {
    return (double) name.getOrDefault(key, 0) / name.get("n");
  }

  /** True when another mention's best is the first-level unit that contains {@code e} ("Texas" for Arlington). */
  boolean namesAdmin1Of(GazetteerEntry e, int self) {
    if (e.isAdmin1() || e.isCountry() || e.admin1Code().isEmpty()) {
      return false;
    }
    String k = admin1Key(e);
    for (int j = 0; j < best.size(); j++) {
      GazetteerEntry o = best.get(j);
      if (j != self && o != null && o.isAdmin1() && admin1Key(o).equals(k)) {
        return true;
      }
    }
    return false;
  }

  static String admin1Key(GazetteerEntry e) {
    return e.country() + "." + e.admin1Code();
  }

  GazetteerEntry best(int i) {
    return best.get(i);
  }

  /** Share of the other mentions (not {@code self}) whose best is in {@code e}'s country. */
  double countryShare(GazetteerEntry e, int self) {
    if (names != null) {
      return e.country().isEmpty() ? 0 : nameVotes(self, "c:" + e.country());
    }
    GazetteerEntry own = best.get(self);
    int others = total - (own == null ? 0 : 1);
    if (others <= 0 || e.country().isEmpty()) {
      return 0;
    }
    int c = countries.getOrDefault(e.country(), 0) - (own != null && own.country().equals(e.country()) ? 1 : 0);
    return (double) c / others;
  }

  /** Share of the other mentions whose best lies in {@code e}'s admin1. */
  double admin1Share(GazetteerEntry e, int self) {
    if (names != null) {
      return e.admin1Code().isEmpty() || e.isCountry() ? 0 : nameVotes(self, "a:" + admin1Key(e));
    }
    GazetteerEntry own = best.get(self);
    int others = total - (own == null ? 0 : 1);
    if (others <= 0 || e.admin1Code().isEmpty() || e.isCountry()) {
      return 0;
    }
    String k = admin1Key(e);
    int c = admin1s.getOrDefault(k, 0) - (own != null && !own.isCountry() && admin1Key(own).equals(k) ? 1 : 0);
    return (double) c / others;
  }

  /** Distance in km from {@code e} to the nearest best of another mention with another name, or +inf. */
  double nearestOtherKm(GazetteerEntry e, int self, List<PlaceMention> mentions) {
    double min = Double.POSITIVE_INFINITY;
    String ownName = mentions.get(self).name();
    for (int j = 0; j < best.size(); j++) {
      GazetteerEntry o = best.get(j);
      if (j == self || o == null || o.isCountry() || o.isRegion() || mentions.get(j).name().equals(ownName)) {
        continue;
      }
      min = Math.min(min, Geo.approxKm(e, o));
    }
    return min;
  }

  /** The admin1 key mentioned most, with its count; null when there is none. */
  Map.Entry<String, Integer> dominantAdmin1() {
    return admin1s.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
  }

  /** The country mentioned most; null when there is none. */
  Map.Entry<String, Integer> dominantCountry() {
    return countries.entrySet().stream().filter(c -> !c.getKey().isEmpty()).max(Map.Entry.comparingByValue())
        .orElse(null);
  }
}
