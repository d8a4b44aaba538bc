package org.observatory.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.observatory.record.DayInterval;
import org.observatory.record.DateValue;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;

/** Assembles one {@link MergedEvent} from the reports of one cluster. Stateless, deterministic. */
public final class MergedEvents {

  private static final List<String> PRECISION_ORDER =
      List.of("point", "locality", "admin3", "admin2", "admin1", "country", "region");

  private MergedEvents() {}

  /**
   * The merged event of {@code reports} (one cluster, not empty); the result does not depend on their order.
   *
   * @throws IllegalArgumentException when {@code reports} is empty
   */
  public static MergedEvent assemble(List<Report> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("a merged event needs at least one report");
    }
    List<Report> sorted = reports.stream().sorted(Comparator.comparing(r -> r.event().id())).toList();
    List<Event> events = sorted.stream().map(Report::event).toList();
    return new MergedEvent(events.get(0).id(), mostCommon(events, Event::type),
        events.stream().map(Event::acled).filter(Objects::nonNull).findFirst().orElse(null), date(events),
        location(events), mostCommon(events, Event::modality), actors(events),
        sorted.stream().map(r -> new Member(r.documentId(), r.event().id(), r.outlet(), r.published())).toList(),
        sorted.stream().map(r -> new Source(r.documentId(), r.event().id(), r.event().attribution())).toList(),
        Conflicts.among(events));
  }

  /** The most frequent non-null value; ties go to the alphabetically first; null when there is none. */
  static String mostCommon(List<Event> events, Function<Event, String> value) {
    Map<String, Integer> counts = new TreeMap<>();
    events.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static DateValue date(List<Event> events) {
    Optional<Event> narrowest = events.stream().filter(e -> DayInterval.of(e.date()).isPresent())
        .min(Comparator.comparingLong((Event e) -> DayInterval.of(e.date()).orElseThrow().days()));
    return narrowest.map(Event::date)
        .orElse(events.stream().map(Event::date).filter(Objects::nonNull).findFirst().orElse(null));
  }

  private static Place location(List<Event> events) {
    return events.stream().map(Event::location).filter(Objects::nonNull)
        .min(Comparator.comparingInt(MergedEvents::precisionRank)).orElse(null);
  }

  private static int precisionRank(Place p) {
    int i = PRECISION_ORDER.indexOf(p.precision() == null ? "" : p.precision().toLowerCase(Locale.ROOT));
    return i < 0 ? PRECISION_ORDER.size() : i;
  }

  private static List<EventActor> actors(List<Event> events) {
    Map<String, EventActor> distinct = new LinkedHashMap<>();
    for (Event e : events) {
      for (EventActor a : e.actors()) {
        String who = a.canonical() != null ? a.canonical() : String.valueOf(a.text());
        distinct.putIfAbsent(a.role() + "\u0000" + who, a);
      }
    }
    return new ArrayList<>(distinct.values());
  }
}
