package org.observatory.eval.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.document.Document;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.extract.time.DocDateInference;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Published;

/**
 * Hides each TimeML file's DCT, infers the publication range from the text alone (the actor stage, then the
 * {@link DocDateStage}, as in the standard pipeline) and reports how often the range contains the true DCT and how
 * wide the ranges are, overall and per corpus (the file's parent directory, e.g. TimeBank, AQUAINT).
 */
public final class DocDateEval {

  private final Annotator annotator;
  private final Optional<ActorStage> actors;
  private final DocDateStage docDate;
  private final TimeMlReader reader = new TimeMlReader();

  /**
   * @param annotator annotates each text without a document date
   * @param dictionary the actor dictionary for dated-role evidence, or empty for the text's time expressions only
   */
  public DocDateEval(Annotator annotator, Optional<ActorDictionary> dictionary) {
    this.annotator = annotator;
    this.actors = dictionary.map(ActorStage::new);
    this.docDate = dictionary.map(DocDateStage::new).orElseGet(DocDateStage::new);
  }

  public DocDateReport run(Path dir) {
    Map<String, Tally> byCorpus = new LinkedHashMap<>();
    Tally all = new Tally();
    List<String> rows = new ArrayList<>();
    int evidenced = 0;
    for (Path p : reader.files(dir)) {
      TimeMlDocument doc = reader.read(p);
      String corpus = p.getParent() == null ? "." : p.getParent().getFileName().toString();
      AnalysisState state = state(doc);
      Published pub = docDate.published(state);
      if (DocDateInference.statesAYear(state.get(Slot.ANNOTATION)) || !docDate.constraints(state).isEmpty()) {
        evidenced++;
      }
      Tally t = byCorpus.computeIfAbsent(corpus, k -> new Tally());
      if (pub.earliest() == null || pub.latest() == null) {
        all.unknown++;
        t.unknown++;
        rows.add(doc.name() + "\t" + doc.dct() + "\t" + orDash(pub.earliest()) + "\t" + orDash(pub.latest()) + "\tno");
        continue;
      }
      LocalDate lo = LocalDate.parse(pub.earliest());
      LocalDate hi = LocalDate.parse(pub.latest());
      boolean in = !doc.dct().isBefore(lo) && !doc.dct().isAfter(hi);
      long width = ChronoUnit.DAYS.between(lo, hi) + 1;
      all.add(in, width);
      t.add(in, width);
      rows.add(doc.name() + "\t" + doc.dct() + "\t" + lo + "\t" + hi + "\t" + (in ? "yes" : "no"));
    }
    List<DocDateReport.Corpus> corpora = new ArrayList<>();
    byCorpus.forEach((k, v) -> corpora.add(v.report(k)));
    return new DocDateReport(all.files(), all.contained, all.unknown, median(all.widths), evidenced, rows, corpora);
  }

  private AnalysisState state(TimeMlDocument doc) {
    Annotation a = annotator.annotate(new AnnotationRequest(doc.text(), null));
    AnalysisState s = AnalysisState.of(Document.ofText(doc.text(), doc.name())).with(Slot.ANNOTATION, a);
    return actors.isPresent() ? actors.get().apply(s) : s;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** Running counts for one corpus or all files. */
  private static final class Tally {
    int contained;
    int unknown;
    final List<Long> widths = new ArrayList<>();

    void add(boolean in, long width) {
      contained += in ? 1 : 0;
      widths.add(width);
    }

    int files() {
      return widths.size() + unknown;
    }

    DocDateReport.Corpus report(String name) {
      return new DocDateReport.Corpus(name, files(), contained, unknown, median(widths));
    }
  }
}
