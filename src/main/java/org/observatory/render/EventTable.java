package org.observatory.render;

import java.util.List;
import java.util.StringJoiner;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.store.StoredEvent;

/** Renders stored events as a fixed-width table, one line an event. Stateless and thread-safe. */
public final class EventTable {

  private static final String ROW = "%-12s %-11s %-10s %-12s %-28s %-40s %s%n";

  public String render(List<StoredEvent> events) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(ROW, "date", "precision", "type", "modality", "place", "actors", "event"));
    for (StoredEvent s : events) {
      Event e = s.event();
      out.append(String.format(ROW,
          e.date() == null || e.date().value() == null ? "?" : e.date().value(),
          e.date() == null ? "" : e.date().precision(),
          e.type(),
          e.modality(),
          cut(e.location() == null ? "" : nz(e.location().name(), e.location().text()), 28),
          cut(actors(e.actors()), 40),
          e.id()));
    }
    out.append(events.size()).append(" event(s)\n");
    return out.toString();
  }

  private static String actors(List<EventActor> actors) {
    StringJoiner j = new StringJoiner(", ");
    actors.forEach(a -> j.add(a.role().charAt(0) + ":" + nz(a.canonical(), a.text())));
    return j.toString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String nz(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
