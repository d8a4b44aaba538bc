package org.observatory.pipeline;

import java.util.List;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.record.Actor;
import org.observatory.record.Agreement;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.TimeExpression;

/**
 * A typed name for one thing a stage adds to the {@link AnalysisState}. Identity-compared; the constants below are
 * the only instances.
 *
 * @param <T> type of the value stored under this slot
 */
public final class Slot<T> {

  public static final Slot<Document> DOCUMENT = new Slot<>("document");
  public static final Slot<Annotation> ANNOTATION = new Slot<>("annotation");
  public static final Slot<Published> PUBLISHED = new Slot<>("published");
  public static final Slot<List<TimeExpression>> TIMES = new Slot<>("times");
  public static final Slot<List<Place>> PLACES = new Slot<>("places");
  public static final Slot<List<Actor>> ACTORS = new Slot<>("actors");
  public static final Slot<List<Quote>> QUOTES = new Slot<>("quotes");
  public static final Slot<List<SourceChain>> SOURCES = new Slot<>("sources");
  public static final Slot<List<Agreement>> AGREEMENTS = new Slot<>("agreements");
  public static final Slot<List<Event>> EVENTS = new Slot<>("events");

  private final String name;

  private Slot(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
