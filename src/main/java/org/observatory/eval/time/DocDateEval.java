package org.observatory.eval.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.core.BadInputException;
import org.observatory.corpus.NewsCorpus;
import org.observatory.document.Document;
import org.observatory.eval.CorpusHalf;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.extract.time.DateConstraint;
import org.observatory.extract.time.DocDateInference;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Published;
import org.observatory.source.TextDocuments;

/**
 * Hides each TimeML file's DCT, infers the publication date from the text alone (the actor stage, then the
 * {@link DocDateStage}'s inference, as in the standard pipeline) and reports how often the bound and the likely
 * range ({@link Published#likely()}) contain the true DCT and how wide they are, over all files, over the files
 * with year evidence, and per corpus (the file's parent directory, e.g. TimeBank, AQUAINT). Holds no state of its
 * own; as thread-safe as its annotator.
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

  /** Every file, with the shipped lag window. */
  public DocDateReport run(Path dir) {
    return run(dir, CorpusHalf.ALL, List.of(DocDateInference.LAG_DAYS)).get(0);
  }

  /**
   * One report per lag window in {@code lagDays} (in that order), over the files of {@code half}; each file is
   * annotated once.
   */
  public List<DocDateReport> run(Path dir, CorpusHalf half, List<Integer> lagDays) {
    List<DatedText> texts = new ArrayList<>();
    for (Path p : reader.files(dir)) {
      if (half.contains(p.getFileName().toString())) {
        TimeMlDocument doc = reader.read(p);
        String corpus = p.getParent() == null ? "." : p.getParent().getFileName().toString();
        texts.add(new DatedText(doc.name(), corpus, doc.text(), doc.dct()));
      }
    }
    return run(texts, half.name(), lagDays);
  }

  /**
   * A text with its true publication date, which the inference never sees.
   *
   * @param name file name or article origin ({@code fakes:12})
   * @param corpus the group it is reported under (TimeBank, AQUAINT, guardian, fakes)
   */
  public record DatedText(String name, String corpus, String text, LocalDate date) {}

  /**
   * The dated articles of the shared news corpora ({@link NewsCorpus}: the Guardian sample and FA-KES), those of at
   * least {@link NewsCorpus#MIN_CHARS} characters whose date column reads, in file order. An article whose dateline
   * the product's source stage reads ({@link TextDocuments}) is reported under its corpus name with
   * {@code +dateline}: in the product no inference runs for it, so the corpus lines without the suffix measure the
   * inference where it matters.
   */
  public static List<DatedText> news(Path dataDir, List<NewsCorpus.Source> sources) {
    List<DatedText> out = new ArrayList<>();
    for (NewsCorpus.Source src : sources) {
      for (NewsCorpus.Article a : NewsCorpus.articles(dataDir, src)) {
        if (a.date() != null && a.text().length() >= NewsCorpus.MIN_CHARS) {
          String corpus = src.name().toLowerCase(java.util.Locale.ROOT) + (readsDateline(a) ? "+dateline" : "");
          out.add(new DatedText(a.origin(), corpus, a.text(), a.date()));
        }
      }
    }
    return out;
  }

  private static boolean readsDateline(NewsCorpus.Article a) {
    try {
      return TextDocuments.parse(a.text(), a.origin()).published() != null;
    } catch (BadInputException e) {
      return false;
    }
  }

  /** One report per lag window in {@code lagDays}, over {@code texts}; each text is annotated once. */
  public List<DocDateReport> run(List<DatedText> texts, String label, List<Integer> lagDays) {
    List<Map<String, DocDateReport.Tally>> corpora = new ArrayList<>();
    List<DocDateReport.Tally> all = new ArrayList<>();
    List<DocDateReport.Tally> evidenced = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<Long> lags = new ArrayList<>();
    List<Map<DocDateInference.EvidenceLevel, DocDateReport.Level>> levels = new ArrayList<>();
    for (int i = 0; i < lagDays.size(); i++) {
      Map<DocDateInference.EvidenceLevel, DocDateReport.Level> m = new java.util.EnumMap<>(
          DocDateInference.EvidenceLevel.class);
      for (DocDateInference.EvidenceLevel l : DocDateInference.EvidenceLevel.values()) {
        m.put(l, new DocDateReport.Level(levelName(l), 0, 0, 0, 0));
      }
      levels.add(m);
      corpora.add(new LinkedHashMap<>());
      all.add(new DocDateReport.Tally());
      evidenced.add(new DocDateReport.Tally());
      rows.add(new ArrayList<>());
    }
    for (DatedText doc : texts) {
      String corpus = doc.corpus();
      AnalysisState state = state(doc);
      Annotation a = state.get(Slot.ANNOTATION);
      List<DateConstraint> constraints = docDate.constraints(state);
      boolean evidence = DocDateInference.statesAYear(a) || !constraints.isEmpty();
      if (evidence) {
        DocDateInference.lagAt(a, doc.date()).ifPresent(lags::add);
      }
      DocDateInference.EvidenceLevel level = DocDateInference.evidenceLevel(a, constraints);
      boolean near = DocDateInference.daysAfterLatestStatedDay(a, doc.date())
          .filter(d -> d <= DocDateReport.TIGHT_DAYS).isPresent();
      for (int i = 0; i < lagDays.size(); i++) {
        Published pub = DocDateInference.infer(a, constraints, lagDays.get(i));
        all.get(i).add(doc.date(), pub);
        if (evidence) {
          evidenced.get(i).add(doc.date(), pub);
        }
        corpora.get(i).computeIfAbsent(corpus, k -> new DocDateReport.Tally()).add(doc.date(), pub);
        levels.get(i).merge(level, level(level, near, doc.date(), pub), DocDateEval::sum);
        rows.get(i).add(row(doc, pub) + "\t" + (evidence ? "yes" : "no") + "\t"
            + DocDateInference.lagAt(a, doc.date()).map(String::valueOf).orElse("-") + "\t"
            + orDash(pub.value()) + "\t" + orDash(pub.precision()));
      }
    }
    List<DocDateReport> out = new ArrayList<>();
    for (int i = 0; i < lagDays.size(); i++) {
      List<DocDateReport.Corpus> cs = new ArrayList<>();
      corpora.get(i).forEach((k, v) -> cs.add(new DocDateReport.Corpus(k, v.bound(), v.likely())));
      out.add(new DocDateReport(label, lagDays.get(i), all.get(i).bound(), all.get(i).likely(),
          evidenced.get(i).bound(), evidenced.get(i).likely(), DocDateReport.Lags.of(lags), rows.get(i), cs,
          List.copyOf(levels.get(i).values())));
    }
    return out;
  }

  /** One file's contribution to its evidence level's counts. */
  static DocDateReport.Level level(DocDateInference.EvidenceLevel level, boolean nearDay, LocalDate dct,
      Published pub) {
    boolean bound = pub.earliest() != null && pub.latest() != null && DocDateReport.tight(
        DocDateReport.Tally.contains(dct, pub.earliest(), pub.latest()),
        DocDateReport.Tally.width(pub.earliest(), pub.latest()));
    boolean likely = pub.likely() != null && DocDateReport.tight(pub.likely().contains(dct.toString()),
        pub.likely().days());
    return new DocDateReport.Level(levelName(level), 1, nearDay ? 1 : 0, bound ? 1 : 0, likely ? 1 : 0);
  }

  private static DocDateReport.Level sum(DocDateReport.Level a, DocDateReport.Level b) {
    return new DocDateReport.Level(a.name(), a.files() + b.files(), a.nearDay() + b.nearDay(),
        a.boundTight() + b.boundTight(), a.likelyTight() + b.likelyTight());
  }

  static String levelName(DocDateInference.EvidenceLevel level) {
    return switch (level) {
      case DAY_WITH_YEAR -> "day with its year";
      case YEARLESS_DAY_AND_YEAR -> "year-less day and year";
      case YEAR_ONLY -> "year only";
      case NONE -> "none";
    };
  }

  private static String row(DatedText doc, Published pub) {
    Published.Likely l = pub.likely();
    return String.join("\t", doc.name(), doc.date().toString(), orDash(pub.earliest()), orDash(pub.latest()),
        yesNo(DocDateReport.Tally.contains(doc.date(), pub.earliest(), pub.latest())),
        l == null ? "-" : l.earliest(), l == null ? "-" : l.latest(),
        l == null ? "-" : yesNo(l.contains(doc.date().toString())), l == null ? "-" : Long.toString(l.days()));
  }

  private AnalysisState state(DatedText doc) {
    Annotation a = annotator.annotate(new AnnotationRequest(doc.text(), null));
    AnalysisState s = AnalysisState.of(Document.ofText(doc.text(), doc.name())).with(Slot.ANNOTATION, a);
    return actors.isPresent() ? actors.get().apply(s) : s;
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
