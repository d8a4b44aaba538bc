package org.observatory.record;

import java.util.List;

/**
 * Everything Observatory extracted from one document. Immutable. Field names are part of the public contract
 * ({@code docs/record.md}).
 *
 * @param schema record schema version
 * @param document the document and its metadata
 * @param entities named entities
 * @param times normalised time expressions
 * @param places place mentions
 * @param actors actor mentions with canonical actors
 * @param quotes direct quotations with speakers
 * @param events coded events
 * @param agreements agreements with obligations and deadlines
 * @param id the input's own id (JSON Lines {@code id}), null otherwise
 */
public record AnalysisRecord(int schema, DocumentInfo document, List<Entity> entities, List<TimeExpression> times,
    List<Place> places, List<Actor> actors, List<Quote> quotes, List<Event> events, List<Agreement> agreements,
    String id) {

  public static final int SCHEMA = 1;

  public AnalysisRecord {
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    agreements = List.copyOf(agreements);
  }
}
