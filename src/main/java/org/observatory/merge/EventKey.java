package org.observatory.merge;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.observatory.record.DayInterval;
import org.observatory.record.Event;
import org.observatory.record.EventActor;

/**
 * What event identity is decided on, computed once per event. Immutable.
 *
 * @param eventId the event's id
 * @param documentId the document it was read from
 * @param type upper-cased PLOVER type, or null
 * @param acledSubType lower-cased ACLED sub-event type, or null
 * @param modalityClass {@code factual} for asserted, reported or unknown modality; otherwise the lower-cased
 *     modality itself (planned, conditional, negated, obligation, ...), so each non-factual modality is its own class
 * @param days the days its date allows, or null when it has none
 * @param place its location's key, or null when it has no location
 * @param actors participants with a canonical actor, as {@code canonical|country} lower-cased, sorted
 */
public record EventKey(String eventId, String documentId, String type, String acledSubType, String modalityClass,
    DayInterval days, PlaceKey place, Set<String> actors) {

  /** The modality class of asserted, reported and unstated modalities. */
  public static final String FACTUAL = "factual";

  public EventKey {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(documentId, "documentId");
    actors = Set.copyOf(actors);
  }

  /** The key of {@code event} read from document {@code documentId}. */
  public static EventKey of(String documentId, Event event) {
    return new EventKey(event.id(), documentId, upper(event.type()),
        event.acled() == null ? null : lower(event.acled().subEventType()), modalityClass(event.modality()),
        DayInterval.of(event.date()).orElse(null), event.location() == null ? null : PlaceKey.of(event.location()),
        actorKeys(event));
  }

  /** The class of a modality value (see {@link #modalityClass()}). */
  public static String modalityClass(String modality) {
    String m = modality == null ? "" : modality.strip().toLowerCase(Locale.ROOT);
    return m.isEmpty() || m.equals("asserted") || m.equals("reported") ? FACTUAL : m;
  }

  /** The identity key of a participant, or null when it has no canonical actor. */
  public static String actorKey(EventActor a) {
    if (a.canonical() == null || a.canonical().isBlank()) {
      return null;
    }
    return lower(a.canonical().strip()) + "|" + (a.country() == null ? "" : lower(a.country().strip()));
  }

  private static Set<String> actorKeys(Event e) {
    Set<String> keys = new TreeSet<>();
    for (EventActor a : e.actors()) {
      String k = actorKey(a);
      if (k != null) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static String upper(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }
}
