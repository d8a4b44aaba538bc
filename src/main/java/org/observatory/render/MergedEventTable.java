package org.observatory.render;

import java.util.List;
import org.observatory.merge.MergedEvent;
import org.observatory.record.Place;

/**
 * Renders merged events as a fixed-width table, one line a merged event: date, type, place, number of reports,
 * outlets, whether members disagree, id. Stateless and thread-safe.
 */
public final class MergedEventTable {

  private static final String ROW = "%-12s %-11s %-28s %7s %-32s %-9s %s%n";

  public String render(List<MergedEvent> events) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(ROW, "date", "type", "place", "reports", "outlets", "conflicts", "id"));
    for (MergedEvent m : events) {
      out.append(String.format(ROW,
          m.date() == null || m.date().value() == null ? "?" : m.date().value(),
          m.type() == null ? "?" : m.type(),
          cut(place(m.location()), 28),
          m.reports(),
          cut(m.outlets().isEmpty() ? "?" : String.join(", ", m.outlets()), 32),
          m.conflicting() ? "yes" : "no",
          m.id()));
    }
    out.append(events.size()).append(" merged event(s)\n");
    return out.toString();
  }

  private static String place(Place p) {
    if (p == null) {
      return "";
    }
    return p.name() != null ? p.name() : p.text() == null ? "" : p.text();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
