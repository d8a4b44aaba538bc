package org.observatory.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;

/**
 * Finds the fields on which the events of one cluster disagree. A member that says nothing about a field (no
 * date, no location) does not disagree with the others; a member that gives a value does, whenever that value
 * differs from another member's, even when the two are compatible (a day and its month). Stateless.
 */
final class Conflicts {

  private Conflicts() {}

  /** The conflicts among {@code events} (sorted by id), in the order type, date, location, modality, actor-role. */
  static List<Conflict> among(List<Event> events) {
    List<Conflict> out = new ArrayList<>();
    field("type", null, events, Event::type).ifPresent(out::add);
    field("date", null, events, e -> e.date() == null ? null : e.date().value()).ifPresent(out::add);
    field("location", null, events, e -> placeName(e.location())).ifPresent(out::add);
    field("modality", null, events, Event::modality).ifPresent(out::add);
    out.addAll(roles(events));
    return out;
  }

  private static Optional<Conflict> field(String name, String subject, List<Event> events,
      Function<Event, String> value) {
    Map<String, TreeSet<String>> byValue = new TreeMap<>();
    for (Event e : events) {
      String v = value.apply(e);
      if (v != null) {
        byValue.computeIfAbsent(v, k -> new TreeSet<>()).add(e.id());
      }
    }
    return variants(name, subject, byValue);
  }

  /** One conflict per canonical actor that members give in different roles. */
  private static List<Conflict> roles(List<Event> events) {
    Map<String, Map<String, TreeSet<String>>> byActor = new TreeMap<>();
    for (Event e : events) {
      for (EventActor a : e.actors()) {
        if (a.canonical() != null && a.role() != null) {
          byActor.computeIfAbsent(a.canonical(), k -> new TreeMap<>())
              .computeIfAbsent(a.role(), k -> new TreeSet<>()).add(e.id());
        }
      }
    }
    List<Conflict> out = new ArrayList<>();
    byActor.forEach((actor, byRole) -> variants("actor-role", actor, byRole).ifPresent(out::add));
    return out;
  }

  private static Optional<Conflict> variants(String field, String subject,
      Map<String, TreeSet<String>> byValue) {
    if (byValue.size() < 2) {
      return Optional.empty();
    }
    List<Variant> variants = new ArrayList<>();
    byValue.forEach((v, ids) -> variants.add(new Variant(v, List.copyOf(ids))));
    return Optional.of(new Conflict(field, subject, variants));
  }

  static String placeName(Place p) {
    if (p == null) {
      return null;
    }
    return p.name() != null ? p.name() : p.text();
  }
}
