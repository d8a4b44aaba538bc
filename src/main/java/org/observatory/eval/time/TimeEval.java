package org.observatory.eval.time;

import org.observatory.eval.CorpusHalf;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.observatory.document.Document;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.extract.time.TimeStage;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.TimeExpression;

/**
 * Runs annotation (with each file's DCT as document date) and the {@link TimeStage} over a TimeML corpus and scores
 * the TIMES against the gold TIMEX3s with TempEval-3's definitions. Not thread-safe across concurrent {@code run}
 * calls only in the sense that it does nothing in parallel; holds no mutable state.
 */
public final class TimeEval {

  private final Annotator annotator;
  private final TimeStage stage;
  private final TimeMlReader reader = new TimeMlReader();
  private final TimexScorer scorer = new TimexScorer();

  public TimeEval(Annotator annotator, TimeStage stage) {
    this.annotator = annotator;
    this.stage = stage;
  }

  /** Scores every {@code .tml} file under {@code dir}; {@code withErrors} fills the report's error lines. */
  public TimeEvalReport run(Path dir, boolean withErrors) {
    return run(dir, withErrors, CorpusHalf.ALL);
  }

  /** As {@link #run(Path, boolean)}, scoring only the files of {@code half}. */
  public TimeEvalReport run(Path dir, boolean withErrors, CorpusHalf half) {
    return run(dir, withErrors, half, line -> { });
  }

  /**
   * As {@link #run(Path, boolean, CorpusHalf)}, also handing {@code dump} one tab-separated line per produced time
   * expression (file, start, end, type, value, precision, derivation, anchor, stage, rule, evidence, earliest,
   * latest, text), in file order:
   * diffing two dumps shows whether a change altered any output.
   */
  public TimeEvalReport run(Path dir, boolean withErrors, CorpusHalf half, Consumer<String> dump) {
    Counts total = Counts.ZERO;
    List<TimeEvalReport.FileScore> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long stageNanos = 0;
    long annotateNanos = 0;
    long stageCpuNanos = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Path> paths = reader.files(dir).stream().filter(p -> half.contains(p.getFileName().toString())).toList();
    for (Path p : paths) {
      TimeMlDocument doc = reader.read(p);
      long t0 = System.nanoTime();
      Annotation a = annotator.annotate(new AnnotationRequest(doc.text(), doc.dct()));
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      List<TimeExpression> times = times(doc, a);
      stageCpuNanos += threads.getCurrentThreadCpuTime() - c1;
      stageNanos += System.nanoTime() - t1;
      times.forEach(t -> dump.accept(line(doc.name(), t)));
      annotateNanos += t1 - t0;
      TimexScorer.Result r = scorer.score(doc, times);
      total = total.plus(r.counts());
      files.add(new TimeEvalReport.FileScore(doc.name(), r.counts()));
      if (withErrors) {
        errors.addAll(r.errors());
      }
    }
    int n = Math.max(1, paths.size());
    return new TimeEvalReport(total, files, errors, stageNanos / 1e6 / n, annotateNanos / 1e6 / n,
        stageCpuNanos / 1e6 / n);
  }

  private static String line(String file, TimeExpression t) {
    return String.join("\t", file, String.valueOf(t.start()), String.valueOf(t.end()), t.type(),
        String.valueOf(t.value()), String.valueOf(t.precision()), t.derivation(), String.valueOf(t.anchor()),
        t.provenance().stage(), t.provenance().rule(), String.valueOf(t.provenance().evidence()),
        String.valueOf(t.earliest()), String.valueOf(t.latest()), t.text().replace('\n', ' '));
  }

  private List<TimeExpression> times(TimeMlDocument doc, Annotation a) {
    Document d = Document.ofText(doc.text(), doc.name()).withPublished(doc.dct(), "input");
    AnalysisState s = AnalysisState.of(d).with(Slot.ANNOTATION, a);
    s = new DocDateStage().apply(s);
    return stage.apply(s).get(Slot.TIMES);
  }
}
