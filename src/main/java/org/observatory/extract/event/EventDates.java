package org.observatory.extract.event;

import java.util.List;
import org.observatory.nlp.Sentence;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * The date the event stage would give an event at one token, without coding the event: the same anchor verb,
 * modality and date chain as {@link EventExtractor} (before agreements and quotations refine it). For scoring event
 * dating on corpora whose events are not PLOVER events, such as TimeML's EVENT tags. Stateless and thread-safe.
 */
public final class EventDates {

  private static final ModalityFinder MODALITY = new ModalityFinder();
  private static final EventDater DATER = new EventDater();

  private EventDates() {}

  /**
   * @param sentence a sentence with its dependency parse (without one, the date is the document's)
   * @param token index of the event's head token in {@code sentence}; a noun is read as a nominal event
   * @param times the document's time expressions (the time stage's output), never null
   * @param published the document date, or null when none is known
   * @return the event's date, never null ({@code derivation} says where it came from)
   */
  public static DateValue of(Sentence sentence, int token, List<TimeExpression> times, Published published) {
    if (sentence.dependencies().isEmpty()) {
      return EventDater.documentDate(published, ModalityFinder.ASSERTED);
    }
    DepGraph g = new DepGraph(ParseRepair.repair(sentence));
    Candidate c = new Candidate(token, -1, null, null, null, "timeml-event", g.token(token).isNoun(), false);
    int anchor = EventExtractor.anchor(g, c);
    String modality = MODALITY.find(g, c, anchor, List.of());
    return DATER.date(g, anchor, modality, times, published);
  }
}
