package org.observatory.merge;

import org.observatory.record.DayInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups reports into merged events. A pure function of the SET of reports: the result does not depend on their
 * order, and every report ends up in exactly one merged event (a report that matches nothing is a merged event of
 * one). Stateless and thread-safe.
 *
 * <p>Algorithm: every pair of reports that the {@link EventScorer} calls the same event is a candidate link
 * (pairs are only scored within a type block and a date window, which the hard conditions require anyway). Links
 * are taken strongest first (ties: by the smaller, then the larger event id) and join their two groups only when
 * every member of one is {@link EventScorer#compatible compatible} with every member of the other: in particular
 * no group holds two events of one document (a document never reports one event twice as two events), and a
 * vague report (a month, no place) cannot chain two distinct events into one. The merged event's id is the smallest member event id.
 */
public final class EventClusterer {

  private final EventScorer scorer;

  public EventClusterer() {
    this(new EventScorer());
  }

  public EventClusterer(EventScorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /**
   * The merged events of {@code reports}, sorted by id. Reports with the same event id count once (the first in
   * event-id order is kept; equal ids come from the same document, so they are the same report).
   */
  public List<MergedEvent> cluster(Collection<Report> reports) {
    List<Report> unique = unique(reports);
    List<EventKey> keys = unique.stream().map(r -> EventKey.of(r.documentId(), r.event())).toList();
    Groups groups = new Groups(keys, scorer);
    for (Link link : links(keys)) {
      groups.join(link.a(), link.b());
    }
    Map<Integer, List<Report>> byRoot = new TreeMap<>();
    for (int i = 0; i < unique.size(); i++) {
      byRoot.computeIfAbsent(groups.root(i), k -> new ArrayList<>()).add(unique.get(i));
    }
    return byRoot.values().stream().map(MergedEvents::assemble)
        .sorted(Comparator.comparing(MergedEvent::id)).toList();
  }

  private static List<Report> unique(Collection<Report> reports) {
    Map<String, Report> byId = new TreeMap<>();
    for (Report r : reports) {
      byId.putIfAbsent(r.event().id(), r);
    }
    return List.copyOf(byId.values());
  }

  /** Matching pairs (indices into {@code keys}, which are sorted by event id), strongest first. */
  private List<Link> links(List<EventKey> keys) {
    Set<Long> seen = new HashSet<>();
    List<Link> links = new ArrayList<>();
    for (List<Integer> block : blocks(keys).values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int a = Math.min(block.get(x), block.get(y));
          int b = Math.max(block.get(x), block.get(y));
          if (seen.add(((long) a << 32) | b)) {
            Similarity s = scorer.score(keys.get(a), keys.get(b));
            if (s.sameEvent()) {
              links.add(new Link(a, b, s.score()));
            }
          }
        }
      }
    }
    links.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::a)
        .thenComparingInt(Link::b));
    return links;
  }

  /**
   * Reports that could match, grouped by PLOVER type and by ACLED sub-type and by each month their date touches,
   * so two overlapping dates always share a block; reports without a bounded, narrow enough date are in no block
   * and so never merge.
   */
  private static Map<String, List<Integer>> blocks(List<EventKey> keys) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      EventKey k = keys.get(i);
      if (k.days() == null || !k.days().bounded() || k.days().days() > EventScorer.MAX_DATE_DAYS) {
        continue;
      }
      for (String month : months(k.days())) {
        if (k.type() != null) {
          blocks.computeIfAbsent("t:" + k.type() + "@" + month, x -> new ArrayList<>()).add(i);
        }
        if (k.acledSubType() != null) {
          blocks.computeIfAbsent("a:" + k.acledSubType() + "@" + month, x -> new ArrayList<>()).add(i);
        }
      }
    }
    return blocks;
  }

  /** The first days of the months an interval touches (at most three, given the width limit). */
  private static Set<String> months(DayInterval d) {
    Set<String> out = new HashSet<>();
    for (LocalDate m = d.first().withDayOfMonth(1); !m.isAfter(d.last()); m = m.plusMonths(1)) {
      out.add(m.toString());
    }
    return out;
  }

  private record Link(int a, int b, double score) {}

  /** Union-find over report indices that refuses joins putting incompatible members into one group. */
  private static final class Groups {
    private final int[] parent;
    private final List<EventKey> keys;
    private final EventScorer scorer;
    private final List<List<Integer>> members = new ArrayList<>();

    Groups(List<EventKey> keys, EventScorer scorer) {
      this.keys = keys;
      this.scorer = scorer;
      parent = new int[keys.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        members.add(new ArrayList<>(List.of(i)));
      }
    }

    int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void join(int a, int b) {
      int ra = root(a);
      int rb = root(b);
      if (ra == rb || !compatible(members.get(ra), members.get(rb))) {
        return;
      }
      int keep = Math.min(ra, rb);
      int drop = Math.max(ra, rb);
      parent[drop] = keep;
      members.get(keep).addAll(members.get(drop));
      members.set(drop, List.of());
    }

    private boolean compatible(List<Integer> x, List<Integer> y) {
      for (int i : x) {
        for (int j : y) {
          if (!scorer.compatible(keys.get(i), keys.get(j))) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
