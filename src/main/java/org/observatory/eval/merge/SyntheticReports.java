package org.observatory.eval.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.DocumentInfo;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.SourceLink;
import org.observatory.record.Trigger;

/**
 * A seeded synthetic corpus: {@code truths} real events (type, town, day, perpetrator drawn from small pools, so
 * distinct events do collide), each document reporting a few of them with the usual variation (a month instead of
 * the day, a neighbouring place, no location, no actor). Deterministic for a seed; not thread-safe (own it).
 */
final class SyntheticReports {

  private static final String[] TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"};
  private static final String[][] ACTORS = {{"Russia", "RUS"}, {"Syria", "SYR"}, {"Turkey", "TUR"},
      {"Hayat Tahrir al-Sham", null}};
  private static final String[] OUTLETS = {"Reuters", "AFP", "SANA", "Anadolu", "Enab Baladi", "Al Jazeera"};
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  private final Random random;
  private final List<Truth> truths = new ArrayList<>();

  /** One real event. */
  record Truth(String type, double lat, double lon, LocalDate day, int actor) {}

  SyntheticReports(long seed, int truthCount, int towns, int days) {
    random = new Random(seed);
    double[][] grid = new double[towns][];
    for (int i = 0; i < towns; i++) {
      grid[i] = new double[] {35.5 + random.nextDouble() * 0.8, 36.3 + random.nextDouble() * 0.7};
    }
    for (int i = 0; i < truthCount; i++) {
      double[] town = grid[random.nextInt(towns)];
      truths.add(new Truth(TYPES[random.nextInt(TYPES.length)], town[0], town[1],
          START.plusDays(random.nextInt(days)), random.nextInt(ACTORS.length)));
    }
  }

  /** Document {@code n} reporting {@code events} randomly chosen real events; {@code truthOf} gets each event's truth. */
  AnalysisRecord document(int n, int events, List<Integer> truthOf) {
    String doc = String.format("doc%06d", n);
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    List<Event> out = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      int t = random.nextInt(truths.size());
      if (used.contains(t)) {
        continue;
      }
      used.add(t);
      truthOf.add(t);
      out.add(report(doc + "/e" + (out.size() + 1), truths.get(t), outlet));
    }
    DocumentInfo info = new DocumentInfo(doc, null, outlet, null, null, "synthetic " + doc,
        new Published(null, "unknown", null, null, null), List.of(), "synthetic");
    return new AnalysisRecord(AnalysisRecord.SCHEMA, info, List.of(), List.of(), List.of(), List.of(), List.of(),
        out, List.of(), null);
  }

  private Event report(String id, Truth t, String outlet) {
    DateValue date = random.nextDouble() < 0.2
        ? new DateValue(t.day().toString().substring(0, 7), "month", null, "explicit", null, null)
        : new DateValue(t.day().toString(), "day", null, "explicit", null, null);
    Place place = random.nextDouble() < 0.1 ? null : town(t);
    List<EventActor> actors = random.nextDouble() < 0.15 ? List.of()
        : List.of(new EventActor("source", ACTORS[t.actor()][0], ACTORS[t.actor()][0], ACTORS[t.actor()][1], null));
    Provenance p = Provenance.of("synthetic", "synthetic", Span.of(0, 1));
    return new Event(id, t.type(), null, null, new Trigger("x", 0, 1), actors, place, date, "asserted",
        List.of(new SourceLink(outlet, "outlet", null)), Span.of(0, 1), null, null, p);
  }

  private Place town(Truth t) {
    double jitter = random.nextDouble() < 0.1 ? 0.08 : 0.0;
    return new Place("town", 0, 1, String.format("town %.3f %.3f", t.lat(), t.lon()), null, t.lat() + jitter,
        t.lon(), "SY", null, "PPL", "locality", true, null, null, Provenance.of("synthetic", "synthetic",
        Span.of(0, 1)));
  }
}
