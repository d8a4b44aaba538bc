package org.observatory.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.observatory.core.ConfigException;

/**
 * A filter over stored events; every non-null criterion must hold. Immutable.
 *
 * <p>Dates: an event matches {@code since}/{@code until} when the range of days its date allows (its
 * {@code earliest}..{@code latest}, or the whole month, year or week its value names) overlaps the query window,
 * both ends inclusive. An event with no resolved date matches no date filter.
 *
 * @param since first day of the window, or null for no lower bound
 * @param until last day of the window, or null for no upper bound
 * @param place case-insensitive substring of the event location's name, admin1 or mention text, or null
 * @param actor case-insensitive substring of a participant's canonical name or mention text, or null
 * @param type PLOVER type, ACLED event type or ACLED sub-event type, case-insensitive and whole, or null
 * @param limit at most this many events (positive), or null for all
 * @param text a full-text query (Lucene classic syntax; words must all occur, stemmed English) over the event's
 *     sentence, trigger, actors, place and document title, or null
 */
public record EventQuery(LocalDate since, LocalDate until, String place, String actor, String type,
    Integer limit, String text) {

  public EventQuery {
    if (limit != null && limit <= 0) {
      throw new ConfigException("limit must be positive, not " + limit);
    }
    place = blankToNull(place);
    actor = blankToNull(actor);
    type = blankToNull(type);
    text = blankToNull(text);
  }

  /** A query without a text criterion. */
  public EventQuery(LocalDate since, LocalDate until, String place, String actor, String type, Integer limit) {
    this(since, until, place, actor, type, limit, null);
  }

  /** Every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null);
  }

  /**
   * A query from command-line or HTTP values: dates as {@code YYYY-MM-DD}; null or blank values mean no filter.
   *
   * @throws ConfigException naming the option when a date is malformed or the limit is not positive
   */
  public static EventQuery of(String since, String until, String place, String actor, String type,
      Integer limit) {
    return new EventQuery(date("since", since), date("until", until), place, actor, type, limit);
  }

  public EventQuery withSince(LocalDate day) {
    return new EventQuery(day, until, place, actor, type, limit, text);
  }

  public EventQuery withUntil(LocalDate day) {
    return new EventQuery(since, day, place, actor, type, limit, text);
  }

  public EventQuery withPlace(String name) {
    return new EventQuery(since, until, name, actor, type, limit, text);
  }

  public EventQuery withActor(String name) {
    return new EventQuery(since, until, place, name, type, limit, text);
  }

  public EventQuery withType(String name) {
    return new EventQuery(since, until, place, actor, name, limit, text);
  }

  public EventQuery withLimit(Integer max) {
    return new EventQuery(since, until, place, actor, type, max, text);
  }

  public EventQuery withText(String query) {
    return new EventQuery(since, until, place, actor, type, limit, query);
  }

  private static LocalDate date(String option, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ConfigException("--" + option + " must be a date YYYY-MM-DD, not '" + value + "'", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
