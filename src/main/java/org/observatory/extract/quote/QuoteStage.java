package org.observatory.extract.quote;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Dates;
import org.observatory.extract.discourse.Mentions;
import org.observatory.extract.discourse.SpeechAct;
import org.observatory.nlp.Annotation;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Actor;
import org.observatory.record.DateValue;
import org.observatory.record.Quote;
import org.observatory.record.TimeExpression;

/**
 * Adds {@code QUOTES}: direct quotations with speaker (as named, and canonical from {@code ACTORS}) and the date
 * they were said (the time expression of the speech clause nearest its verb, as {@code TIMES} resolved it).
 * Immutable and thread-safe; no resources.
 */
public final class QuoteStage implements Stage {

  public static final String NAME = "quotes";

  private final QuoteFinder finder = new QuoteFinder();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION, Slot.ACTORS, Slot.TIMES);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.QUOTES);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    String text = state.document().text();
    Annotation annotation = state.get(Slot.ANNOTATION);
    Mentions mentions = Mentions.of(annotation, state.get(Slot.ACTORS));
    List<TimeExpression> times = state.get(Slot.TIMES);
    List<Quote> quotes = finder.find(text, annotation, mentions).stream()
        .map(q -> toQuote(text, q, mentions, times, relativeClauses(annotation, q))).toList();
    return state.with(Slot.QUOTES, quotes);
  }

  /** The relative clauses of the speech verb's sentence that do not hold the verb. */
  private static List<Span> relativeClauses(Annotation annotation, FoundQuote q) {
    if (q.act().isEmpty() || q.act().get().sentence() >= annotation.sentences().size()) {
      return List.of();
    }
    SpeechAct act = q.act().get();
    return RelativeClauses.without(annotation.sentences().get(act.sentence()), act.verb());
  }

  static Quote toQuote(String text, FoundQuote q, Mentions mentions, List<TimeExpression> times,
      List<Span> relativeClauses) {
    Span content = q.content();
    if (q.act().isEmpty()) {
      return new Quote(content.of(text), content.start(), content.end(), null, null, null,
          Provenance.of(NAME, "quote-marks:no-speech-clause", q.marked()));
    }
    SpeechAct act = q.act().get();
    String canonical = mentions.actorOverlapping(act.speaker()).map(Actor::canonical).orElse(null);
    DateValue said = said(q, act, times, relativeClauses).orElse(null);
    Span evidence = act.verbSpan().union(act.subject()).union(act.speaker().start() >= q.clause().start()
        ? act.speaker() : act.verbSpan());
    return new Quote(content.of(text), content.start(), content.end(), act.speaker().of(text), canonical, said,
        Provenance.of(NAME, act.rule(), evidence));
  }

  /**
   * The dated time expression of the speech clause nearest the speech verb, leaving out those inside a relative
   * clause ("the coalition, which launched its campaign last September, said": not the speech time).
   */
  static Optional<DateValue> said(FoundQuote q, SpeechAct act, List<TimeExpression> times,
      List<Span> relativeClauses) {
    int verb = act.verbSpan().start();
    return Dates.in(times, q.clause()).stream()
        .filter(t -> "DATE".equals(t.type()) || "TIME".equals(t.type()))
        .filter(t -> relativeClauses.stream().noneMatch(r -> r.contains(new Span(t.start(), t.end()))))
        .min(Comparator.comparingInt(t -> Math.abs(t.start() - verb)))
        .map(DateValue::of);
  }
}
