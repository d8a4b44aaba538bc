package org.observatory.merge;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Acled;
import org.observatory.record.DateValue;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.SourceLink;
import org.observatory.record.Trigger;

/** Hand-built events for merge tests: a small builder with sensible defaults. */
final class Reports {

  static final double[] SARAQIB = {35.8647, 36.8006};
  static final double[] IDLIB = {35.9306, 36.6339};
  static final double[] LATAKIA = {35.5317, 35.7901};

  private Reports() {}

  static Builder strike(String eventId) {
    return new Builder(eventId);
  }

  static DateValue day(String iso) {
    return new DateValue(iso, "day", null, "explicit", null, null);
  }

  static DateValue month(String iso) {
    return new DateValue(iso, "month", null, "explicit", null, null);
  }

  static Place town(String name, double[] at) {
    return place(name, at, "locality", "SY");
  }

  static Place place(String name, double[] at, String precision, String country) {
    return new Place(name, 0, name.length(), name, null, at == null ? null : at[0], at == null ? null : at[1],
        country, null, null, precision, true, null, null, Provenance.of("places", "test", Span.of(0, 1)));
  }

  static EventActor actor(String role, String canonical, String country) {
    return new EventActor(role, canonical, canonical, country, "military");
  }

  /** Builds one report; defaults: ASSAULT / air strike, asserted, 2020-02-02, Saraqib, Russia as source. */
  static final class Builder {
    private final String eventId;
    private String outlet = "Outlet";
    private String type = "ASSAULT";
    private Acled acled = new Acled("Explosions/Remote violence", "Air/drone strike");
    private String modality = "asserted";
    private DateValue date = day("2020-02-02");
    private Place location = town("Saraqib", SARAQIB);
    private List<EventActor> actors = new ArrayList<>(List.of(actor("source", "Russia", "RUS")));

    Builder(String eventId) {
      this.eventId = eventId;
    }

    Builder outlet(String o) {
      outlet = o;
      return this;
    }

    Builder type(String t, Acled a) {
      type = t;
      acled = a;
      return this;
    }

    Builder modality(String m) {
      modality = m;
      return this;
    }

    Builder date(DateValue d) {
      date = d;
      return this;
    }

    Builder at(Place p) {
      location = p;
      return this;
    }

    Builder actors(EventActor... a) {
      actors = List.of(a);
      return this;
    }

    Event event() {
      return new Event(eventId, type, null, acled, new Trigger("struck", 0, 6), actors, location, date, modality,
          List.of(new SourceLink("Syrian Observatory for Human Rights", "monitor", Span.of(10, 20)),
              new SourceLink(outlet, "outlet", null)),
          Span.of(0, 40), null, null, Provenance.of("events", "test", Span.of(0, 40)));
    }

    /** The report; the document id is the part of the event id before the slash. */
    Report report() {
      return new Report(eventId.substring(0, eventId.indexOf('/')), outlet, "2020-02-03", event());
    }

    EventKey key() {
      Report r = report();
      return EventKey.of(r.documentId(), r.event());
    }
  }
}
