package org.observatory.extract.time;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * Read-only view over a document's {@code TIMES} for the stages after the time stage (events, agreements,
 * quotes): "which date goes with this span?". Immutable and thread-safe.
 *
 * <pre>{@code
 * TimeIndex times = TimeIndex.of(state);           // needs TIMES, PUBLISHED, ANNOTATION
 * DateValue when = times.dateFor(eventSpan);       // the event's own date, or the document date, widened
 * Optional<TimeExpression> t = times.nearest(triggerSpan);
 * }</pre>
 */
public final class TimeIndex {

  private final List<TimeExpression> times;
  private final Annotation annotation;
  private final Published published;

  /**
   * @param times the TIMES slot, in text order, never null
   * @param annotation the ANNOTATION slot, never null (used for sentence boundaries)
   * @param published the PUBLISHED slot, never null
   */
  public TimeIndex(List<TimeExpression> times, Annotation annotation, Published published) {
    this.times = List.copyOf(times);
    this.annotation = annotation;
    this.published = published;
  }

  /** The index over a state the time stage has run on. */
  public static TimeIndex of(AnalysisState state) {
    return new TimeIndex(state.get(Slot.TIMES), state.get(Slot.ANNOTATION), state.get(Slot.PUBLISHED));
  }

  public List<TimeExpression> all() {
    return times;
  }

  /** Expressions lying inside {@code span}, in text order. */
  public List<TimeExpression> within(Span span) {
    return times.stream().filter(t -> span.contains(new Span(t.start(), t.end()))).toList();
  }

  /**
   * The DATE or TIME expression for {@code span}: one inside it, else the nearest (by characters) in the same
   * sentence. Durations and sets are skipped unless they carry an interval. Empty when the sentence has none.
   */
  public Optional<TimeExpression> nearest(Span span) {
    Optional<Span> sentence = annotation.sentenceOf(span).map(s -> s.span());
    if (sentence.isEmpty()) {
      return Optional.empty();
    }
    return times.stream()
        .filter(t -> sentence.get().contains(new Span(t.start(), t.end())))
        .filter(t -> t.type().equals("DATE") || t.type().equals("TIME") || t.latest() != null)
        .min(Comparator.comparingInt(t -> distance(span, t)));
  }

  /**
   * The date of whatever {@code span} describes: from {@link #nearest(Span)} when there is one; else the document
   * date ({@link DateValue#documentDate}: it happened on or before the latest possible publication day); else
   * {@link DateValue#unresolved(String)}.
   */
  public DateValue dateFor(Span span) {
    Optional<TimeExpression> t = nearest(span);
    if (t.isPresent()) {
      return toDateValue(t.get());
    }
    return DateValue.documentDate(published, false);
  }

  /** The record's value as a {@link DateValue}; an interval's bounds become earliest/latest. */
  public static DateValue toDateValue(TimeExpression t) {
    if (t.latest() != null) {
      return new DateValue(t.latest(), t.precision(), t.text(), t.derivation(), t.earliest(), t.latest());
    }
    if (t.value() == null || t.precision().equals("unresolved")) {
      return new DateValue(null, "unresolved", t.text(), t.derivation(), null, null);
    }
    return new DateValue(t.value(), t.precision(), t.text(), t.derivation(), null, null);
  }

  private static int distance(Span s, TimeExpression t) {
    if (t.end() <= s.start()) {
      return s.start() - t.end();
    }
    if (t.start() >= s.end()) {
      return t.start() - s.end();
    }
    return 0;
  }
}
