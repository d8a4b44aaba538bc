package org.observatory.render;

import java.util.List;
import java.util.StringJoiner;
import org.observatory.record.Agreement;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.DocumentInfo;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Obligation;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.SourceLink;

/** Renders one {@link AnalysisRecord} as a readable plain-text report. Stateless and thread-safe. */
public final class TextReport {

  private static final int SNIPPET = 110;

  public String render(AnalysisRecord r) {
    StringBuilder out = new StringBuilder();
    header(out, r.document());
    events(out, r);
    agreements(out, r.agreements());
    quotes(out, r.quotes());
    places(out, r.places());
    if (r.places().stream().anyMatch(p -> p.geonamesId() != null)) {
      out.append("\nCoordinates from GeoNames (geonames.org), CC BY 4.0.\n");
    }
    return out.toString();
  }

  private static void header(StringBuilder out, DocumentInfo d) {
    out.append(nz(d.outlet(), "(unknown outlet)")).append(" — ").append(nz(d.title(), "(untitled)")).append('\n');
    if (d.url() != null) {
      out.append(d.url()).append('\n');
    }
    Published p = d.published();
    out.append("document ").append(d.id()).append("  published ").append(published(p)).append('\n');
  }

  static String published(Published p) {
    if ("unknown".equals(p.source())) {
      return "unknown";
    }
    if (p.earliest() != null && p.earliest().equals(p.latest()) || p.earliest() == null && p.latest() == null) {
      return nz(p.value(), "?") + " [" + p.source() + "]";
    }
    String likely = p.likely() == null ? "" : ", likely " + String.join(" or ", p.likely().windows().stream()
        .map(w -> w.earliest() + ".." + w.latest()).toList());
    String guess = p.value() == null && Published.YEAR.equals(p.precision())
        ? ", no best guess (the text places it only to years)" : ", best guess " + nz(p.value(), "?");
    return "between " + nz(p.earliest(), "?") + " and " + nz(p.latest(), "?") + likely + guess + " [" + p.source()
        + "]";
  }

  private void events(StringBuilder out, AnalysisRecord r) {
    out.append("\nEVENTS (").append(r.events().size()).append(")\n");
    for (Event e : r.events()) {
      out.append(String.format("  %-8s %-9s %-12s %s%n", shortId(e.id()), e.type(), e.modality(), date(e.date())));
      if (e.acled() != null) {
        out.append("      ACLED: ").append(e.acled().eventType()).append(" / ").append(e.acled().subEventType())
            .append('\n');
      }
      if (!e.actors().isEmpty()) {
        out.append("      actors: ").append(actors(e.actors())).append('\n');
      }
      if (e.location() != null) {
        out.append("      where:  ").append(place(e.location())).append('\n');
      }
      out.append("      text:   ").append(snippet(r.document().text(), e.evidence().start(), e.evidence().end()))
          .append('\n');
      if (!e.attribution().isEmpty()) {
        out.append("      says:   ").append(chain(e.attribution())).append('\n');
      }
    }
  }

  private static void agreements(StringBuilder out, List<Agreement> agreements) {
    if (agreements.isEmpty()) {
      return;
    }
    out.append("\nAGREEMENTS (").append(agreements.size()).append(")\n");
    for (Agreement a : agreements) {
      out.append("  ").append(a.name()).append(" [").append(a.kind()).append("]");
      if (!a.parties().isEmpty()) {
        out.append("  parties: ").append(String.join(", ", a.parties()));
      }
      if (!a.brokers().isEmpty()) {
        out.append("  brokers: ").append(String.join(", ", a.brokers()));
      }
      out.append('\n');
      if (a.signed() != null) {
        out.append("      signed:  ").append(date(a.signed())).append('\n');
      }
      if (a.expires() != null) {
        out.append("      expires: ").append(date(a.expires())).append('\n');
      }
      for (Obligation o : a.obligations()) {
        out.append("      ").append(nz(o.party(), "?")).append(" must ").append(nz(o.action(), "?"))
            .append(o.deadline() == null ? "" : " by " + date(o.deadline())).append('\n');
      }
    }
  }

  private static void quotes(StringBuilder out, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return;
    }
    out.append("\nQUOTES (").append(quotes.size()).append(")\n");
    for (Quote q : quotes) {
      out.append("  ").append(nz(q.speakerCanonical(), nz(q.speaker(), "(unknown speaker)")));
      if (q.said() != null && q.said().value() != null) {
        out.append(", ").append(q.said().value());
      }
      out.append(": “").append(truncate(q.text())).append("”\n");
    }
  }

  private static void places(StringBuilder out, List<Place> places) {
    if (places.isEmpty()) {
      return;
    }
    out.append("\nPLACES (").append(places.size()).append(")\n");
    for (Place p : places) {
      out.append("  ").append(String.format("%-28s ", truncate(p.text(), 28))).append(place(p)).append('\n');
    }
  }

  static String place(Place p) {
    StringBuilder s = new StringBuilder(nz(p.name(), p.text()));
    if (p.admin1() != null && !p.admin1().equals(p.name())) {
      s.append(", ").append(p.admin1());
    }
    if (p.country() != null) {
      s.append(", ").append(p.country());
    }
    s.append(" (").append(p.precision());
    if (p.lat() != null && p.lon() != null) {
      s.append(String.format(" %.4f,%.4f", p.lat(), p.lon()));
    }
    if (p.uncertaintyKm() != null) {
      s.append(String.format(" ±%.0f km", p.uncertaintyKm()));
    }
    s.append(p.resolved() ? ")" : "; name not in gazetteer)");
    return s.toString();
  }

  static String date(DateValue d) {
    if (d != null && d.value() == null && (d.earliest() != null || d.latest() != null)) {
      return "date unknown, within [" + nz(d.earliest(), "?") + " .. " + nz(d.latest(), "?") + "] ("
          + d.precision() + ", " + d.derivation() + ")";
    }
    if (d == null || d.value() == null) {
      return "date unresolved" + (d != null && d.text() != null ? " (\"" + d.text() + "\")" : "");
    }
    String range = d.earliest() != null || d.latest() != null
        ? " [" + nz(d.earliest(), "?") + " .. " + nz(d.latest(), "?") + "]" : "";
    return d.value() + range + " (" + d.precision() + ", " + d.derivation()
        + (d.text() != null ? ": \"" + d.text() + "\"" : "") + ")";
  }

  private static String actors(List<EventActor> actors) {
    StringJoiner j = new StringJoiner("; ");
    for (EventActor a : actors) {
      String detail = new StringJoiner(" ").add(nz(a.country(), "")).add(nz(a.sector(), "")).toString().strip();
      j.add(a.role() + " " + nz(a.canonical(), a.text()) + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }
    return j.toString();
  }

  private static String chain(List<SourceLink> links) {
    StringJoiner j = new StringJoiner(" ← ");
    links.forEach(l -> j.add(l.name()));
    return j.toString();
  }

  private static String snippet(String text, int start, int end) {
    return "“" + truncate(text.substring(start, end).replaceAll("\\s+", " ").strip()) + "”";
  }

  private static String truncate(String s) {
    return truncate(s, SNIPPET);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String shortId(String id) {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? id : id.substring(slash + 1);
  }

  private static String nz(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
