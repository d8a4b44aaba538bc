package org.observatory.store;

import java.util.List;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.document.Citation;
import org.observatory.record.Acled;
import org.observatory.record.Agreement;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.DocumentInfo;
import org.observatory.record.Entity;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Obligation;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.SourceLink;
import org.observatory.record.TimeExpression;
import org.observatory.record.Trigger;

/** Hand-built analysis records for store tests. */
final class Records {

  private Records() {}

  static Place place(String name, String admin1) {
    return new Place(name, 0, name.length(), name, 170000L, 35.8, 36.6, "SY", admin1, "PPL", "locality", true, 1.0,
        null, Provenance.of("places", "gazetteer", Span.of(0, name.length())));
  }

  static DateValue day(String iso) {
    return new DateValue(iso, "day", "on Sunday", "anchor", null, null);
  }

  static Event event(String docId, int n, String type, DateValue date, Place where, EventActor... actors) {
    return new Event(docId + "/e" + n, type, "mode", type.equals("MOBILIZE")
        ? new Acled("Strategic developments", "Headquarters or base established") : null,
        new Trigger("sent", 5, 9), List.of(actors), where, date, "reported",
        List.of(new SourceLink("Press TV", "cited-outlet", Span.of(20, 28)), new SourceLink("Gazette", "outlet",
            null)), Span.of(0, 40), null, null, Provenance.of("events", "rule", Span.of(0, 40)));
  }

  static EventActor actor(String role, String text, String canonical) {
    return new EventActor(role, text, canonical, "TUR", "military");
  }

  static AnalysisRecord record(String docId, List<Event> events) {
    return record(docId, "Gazette", events);
  }

  static AnalysisRecord record(String docId, String outlet, List<Event> events) {
    DocumentInfo info = new DocumentInfo(docId, "Title", outlet, null, "https://g.example", "Some text " + docId,
        new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null),
        List.of(new Citation("[1]", 4)), "file.txt");
    return new AnalysisRecord(AnalysisRecord.SCHEMA, info, List.of(new Entity("Turkey", 0, 6, "COUNTRY")),
        List.of(new TimeExpression("on Sunday", 10, 19, "DATE", "2020-02-02", "day", "document-date", null,
            Provenance.of("times", "sutime", Span.of(10, 19)))),
        List.of(place("Saraqib", "Idlib")), List.of(),
        List.of(new Quote("We will", 30, 37, "Erdogan", "Recep Tayyip Erdogan", day("2020-01-31"),
            Provenance.of("quotes", "said", Span.of(28, 50)))),
        events,
        List.of(new Agreement("Sochi agreement", "agreement", List.of("Russia", "Turkey"), List.of(),
            day("2018-09-17"), null, List.of(new Obligation("groups", "withdraw", day("2018-10-15"))),
            Provenance.of("agreements", "named", Span.of(60, 75)))),
        "ext-" + docId);
  }
}
