package org.observatory.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.observatory.core.Span;

/**
 * One TimeML file reduced to what the scorers need.
 *
 * @param name file name
 * @param text the TEXT element's content with all tags removed (offsets of {@code gold} and {@code events} point
 *     into it)
 * @param dct the document creation time (the DCT element's TIMEX3), never null
 * @param gold the TIMEX3 annotations inside TEXT, creation-time metadata excluded, in text order
 * @param events the EVENT annotations inside TEXT, in text order (empty for files without them)
 * @param links the TLINKs between an event and a time expression, each read from the event's side
 */
public record TimeMlDocument(String name, String text, LocalDate dct, List<Gold> gold, List<Event> events,
    List<EventTimeLink> links) {

  public TimeMlDocument {
    gold = List.copyOf(gold);
    events = List.copyOf(events);
    links = List.copyOf(links);
  }

  /** One gold TIMEX3: its {@code tid}, span in {@code text}, type and value. */
  public record Gold(String id, Span span, String text, String type, String value) {}

  /** One gold EVENT: its {@code eid}, span in {@code text} and TimeML class (OCCURRENCE, REPORTING, STATE, ...). */
  public record Event(String id, Span span, String text, String eventClass) {}

  /**
   * A TLINK between event {@code eventId} (an {@code eid}, instances resolved) and time expression {@code timexId}
   * ({@code t0} is the DCT). {@code relation} reads "event RELATION time": a link written from the time's side
   * ("t1 BEFORE ei2") is turned round ("e2 AFTER t1").
   */
  public record EventTimeLink(String eventId, String timexId, String relation) {}
}
