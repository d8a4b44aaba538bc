package org.observatory.eval.discourse;

import java.util.ArrayList;
import java.util.List;
import org.observatory.document.Document;
import org.observatory.extract.agreement.AgreementStage;
import org.observatory.extract.attribution.AttributionStage;
import org.observatory.extract.quote.QuoteStage;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.TimexMention;
import org.observatory.core.Provenance;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Pipeline;
import org.observatory.pipeline.RecordAssembler;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Agreement;
import org.observatory.record.Obligation;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;
import org.observatory.record.TimeExpression;

/**
 * Runs the upstream stages, then the three discourse stages, over documents and counts what they produce. When
 * no upstream stage adds {@code TIMES}, SUTime's values stand in (marked {@code derivation=sutime}). Not
 * thread-safe across concurrent {@link #run} calls only in the sense that each call is independent; holds no
 * mutable state.
 */
public final class DiscourseSurvey {

  private final List<Stage> upstream;
  private final List<Stage> discourse = List.of(new QuoteStage(), new AttributionStage(), new AgreementStage());

  /**
   * @param upstream stages that add at least ANNOTATION and ACTORS (annotate, actors, optionally docdate and
   *     times), in an order the pipeline accepts; a mis-ordered list throws {@link
   *     org.observatory.core.PipelineException} here, before any document is read
   */
  public DiscourseSurvey(List<Stage> upstream) {
    this.upstream = new Pipeline(upstream, new RecordAssembler()).stages();
  }

  public SurveyReport run(List<Document> documents, int samples) {
    SurveyReport.Builder r = new SurveyReport.Builder(samples);
    for (Document d : documents) {
      AnalysisState s = AnalysisState.of(d);
      for (Stage stage : upstream) {
        s = stage.apply(s);
      }
      s = ensureTimes(s);
      long t0 = System.nanoTime();
      for (Stage stage : discourse) {
        s = stage.apply(s);
      }
      r.millis += (System.nanoTime() - t0) / 1e6;
      count(r, d, s);
    }
    return r.build();
  }

  private static AnalysisState ensureTimes(AnalysisState s) {
    if (!s.has(Slot.PUBLISHED)) {
      s = s.with(Slot.PUBLISHED, RecordAssembler.given(s.document()));
    }
    if (s.has(Slot.TIMES)) {
      return s;
    }
    List<TimeExpression> times = new ArrayList<>();
    for (TimexMention t : s.get(Slot.ANNOTATION).timexes()) {
      String v = t.value();
      String precision = v == null ? "unresolved" : v.matches("\\d{4}-\\d{2}-\\d{2}") ? "day"
          : v.matches("\\d{4}-\\d{2}") ? "month" : v.matches("\\d{4}") ? "year" : "unresolved";
      times.add(new TimeExpression(t.text(), t.span().start(), t.span().end(), t.type(), v, precision, "sutime",
          null, Provenance.of("survey", "sutime-stand-in", t.span())));
    }
    return s.with(Slot.TIMES, times);
  }

  private static void count(SurveyReport.Builder r, Document d, AnalysisState s) {
    String text = d.text();
    Annotation a = s.get(Slot.ANNOTATION);
    r.documents++;
    r.sentences += a.sentences().size();
    for (Quote q : s.get(Slot.QUOTES)) {
      r.quotes++;
      r.quotesWithSpeaker += q.speaker() == null ? 0 : 1;
      r.quotesWithSaid += q.said() != null && q.said().value() != null ? 1 : 0;
      boolean inside = q.start() >= 0 && q.end() <= text.length() && text.substring(q.start(), q.end()).equals(q.text());
      r.violations += inside ? 0 : 1;
      r.sample("quote", "“" + clip(q.text()) + "” — " + q.speaker() + " [" + q.speakerCanonical() + "] said="
          + (q.said() == null ? null : q.said().value()) + " (" + q.provenance().rule() + ") @" + d.origin());
    }
    for (SourceChain c : s.get(Slot.SOURCES)) {
      r.chains++;
      r.reported += c.reported() ? 1 : 0;
      r.chainsWithSource += c.links().size() > 1 ? 1 : 0;
      boolean ok = !c.links().isEmpty() && c.links().get(c.links().size() - 1).role().equals("outlet")
          && c.scope().end() <= text.length();
      r.violations += ok ? 0 : 1;
      for (SourceLink l : c.links()) {
        r.roles.merge(l.role(), 1, Integer::sum);
        if (!l.role().equals("outlet") && !l.role().equals("speaker")) {
          r.sample("link", l.role() + ": " + l.name() + " <- " + clip(c.scope().of(text)) + " @" + d.origin());
        }
      }
    }
    for (Agreement ag : s.get(Slot.AGREEMENTS)) {
      r.agreements++;
      r.kinds.merge(ag.kind(), 1, Integer::sum);
      r.violations += ag.mentions().stream().allMatch(m -> m.end() <= text.length()) ? 0 : 1;
      for (Obligation o : ag.obligations()) {
        r.obligations++;
        r.obligationsWithDeadline += o.deadline() != null && o.deadline().value() != null ? 1 : 0;
      }
      r.sample("agreement", ag.name() + " (" + ag.kind() + ") parties=" + ag.parties() + " brokers=" + ag.brokers()
          + " signed=" + (ag.signed() == null ? null : ag.signed().value()) + " obligations="
          + ag.obligations().size() + " @" + d.origin());
    }
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 90 ? one : one.substring(0, 87) + "...";
  }

}
