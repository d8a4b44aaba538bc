package org.observatory.extract.event;

import java.util.List;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.record.Actor;
import org.observatory.record.Agreement;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.TimeExpression;

/**
 * Everything event coding reads for one document: the parse and the earlier stages' records. Immutable.
 *
 * @param document the document (id, text, outlet)
 * @param annotation sentences with tokens and dependencies
 * @param published the publication date as the time stage settled it
 * @param times resolved time expressions
 * @param places resolved places
 * @param actors actor mentions
 * @param quotes quotations
 * @param sources source chains
 * @param agreements agreements
 */
public record EventContext(Document document, Annotation annotation, Published published,
    List<TimeExpression> times, List<Place> places, List<Actor> actors, List<Quote> quotes,
    List<SourceChain> sources, List<Agreement> agreements) {

  public EventContext {
    times = List.copyOf(times);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    sources = List.copyOf(sources);
    agreements = List.copyOf(agreements);
  }

  /** A context with only the parse: no dates, places, actors, quotes, sources or agreements. */
  public static EventContext parseOnly(Document document, Annotation annotation) {
    return new EventContext(document, annotation, Published.unknown(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }
}
