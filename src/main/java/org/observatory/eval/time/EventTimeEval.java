package org.observatory.eval.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.observatory.document.Document;
import org.observatory.eval.CorpusHalf;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.extract.event.EventDates;
import org.observatory.extract.time.TimeStage;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.nlp.Sentence;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * Scores event dating on a TimeML corpus: each file is annotated with its parse (its DCT as document date), the
 * document-date and time stages run, and every gold EVENT linked to a time expression of its own sentence is dated
 * by the event stage's dater ({@link EventDates}) and, for comparison, by a baseline that takes the nearest
 * calendar expression of the sentence. Scored by {@link EventTimeScorer}. Holds no mutable state.
 */
public final class EventTimeEval {

  private final Annotator annotator;
  private final TimeStage stage;
  private final TimeMlReader reader = new TimeMlReader();
  private final EventTimeScorer scorer = new EventTimeScorer();

  /** @param annotator must produce dependency parses (without them every event is dated by the document) */
  public EventTimeEval(Annotator annotator, TimeStage stage) {
    this.annotator = annotator;
    this.stage = stage;
  }

  public EventTimeReport run(Path dir, boolean withErrors, CorpusHalf half) {
    EventTimeScorer.Counts product = EventTimeScorer.Counts.ZERO;
    EventTimeScorer.Counts nearest = EventTimeScorer.Counts.ZERO;
    List<String> errors = new ArrayList<>();
    List<Path> paths = reader.files(dir).stream().filter(p -> half.contains(p.getFileName().toString())).toList();
    for (Path p : paths) {
      TimeMlDocument doc = reader.read(p);
      Annotation a = annotator.annotate(new AnnotationRequest(doc.text(), doc.dct()));
      AnalysisState s = AnalysisState.of(Document.ofText(doc.text(), doc.name()).withPublished(doc.dct(), "input"))
          .with(Slot.ANNOTATION, a);
      s = stage.apply(new DocDateStage().apply(s));
      Published published = s.get(Slot.PUBLISHED);
      List<TimeExpression> times = s.get(Slot.TIMES);
      EventTimeScorer.Result r = scorer.score(doc, a, times,
          (sentence, token, ts) -> EventDates.of(sentence, token, ts, published));
      product = product.plus(r.counts());
      nearest = nearest.plus(scorer.score(doc, a, times, EventTimeEval::nearest).counts());
      if (withErrors) {
        errors.addAll(r.errors());
      }
    }
    return new EventTimeReport(paths.size(), product, nearest, errors);
  }

  /** The baseline: the calendar DATE/TIME expression of the sentence nearest the event, else none. */
  static DateValue nearest(Sentence s, int token, List<TimeExpression> times) {
    int at = s.tokens().get(token).span().start();
    TimeExpression best = null;
    for (TimeExpression t : times) {
      boolean inside = s.span().start() <= t.start() && t.end() <= s.span().end();
      if (inside && t.hasCalendarValue() && ("DATE".equals(t.type()) || "TIME".equals(t.type()))
          && (best == null || Math.abs(t.start() - at) < Math.abs(best.start() - at))) {
        best = t;
      }
    }
    return best == null ? DateValue.unresolved(null) : DateValue.of(best);
  }
}
