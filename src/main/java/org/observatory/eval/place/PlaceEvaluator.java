package org.observatory.eval.place;

import org.observatory.eval.CorpusHalf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.observatory.core.Span;
import org.observatory.extract.place.PlaceExtractor;
import org.observatory.extract.place.PlaceLookup;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.GazetteerEntry;
import org.observatory.gazetteer.Geo;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.record.Place;

/**
 * Runs the places extractor over a geoparsing corpus and scores it. Thread-safe if the annotator is; keeps no state
 * between calls.
 */
public final class PlaceEvaluator {

  static final double ACCURACY_KM = 161;

  private final Gazetteer gazetteer;
  private final Annotator annotator;
  private final PlaceExtractor extractor;

  public PlaceEvaluator(Gazetteer gazetteer, Annotator annotator) {
    this.gazetteer = gazetteer;
    this.annotator = annotator;
    this.extractor = new PlaceExtractor(gazetteer);
  }

  /**
   * @param corpus LGL or GeoVirus XML file
   * @param limit evaluate only the first {@code limit} articles ({@code <= 0}: all)
   * @param listErrors include one line per miss, false alarm and far-off location
   */
  public PlaceEvalReport evaluate(Path corpus, int limit, boolean listErrors) {
    return evaluate(corpus, limit, listErrors, CorpusHalf.ALL);
  }

  /**
   * @param corpus LGL or GeoVirus XML file
   * @param limit evaluate only the first {@code limit} articles of the half ({@code <= 0}: all)
   * @param listErrors include one line per miss, false alarm and far-off location
   * @param half which half of the corpus to score (see {@link CorpusHalf})
   */
  public PlaceEvalReport evaluate(Path corpus, int limit, boolean listErrors, CorpusHalf half) {
    long t0 = System.nanoTime();
    List<GoldArticle> articles = GeoCorpus.read(corpus).stream().filter(a -> half.contains(a.id())).toList();
    if (limit > 0 && articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    Tally t = new Tally(listErrors);
    for (GoldArticle a : articles) {
      Annotation ann = annotator.annotate(new AnnotationRequest(a.text(), null));
      List<Place> predicted = extractor.extract(a.text(), ann).stream().filter(p -> !PlaceLookup.isRelative(p))
          .toList();
      score(a, ann, predicted, t);
    }
    t.ruleLines();
    return new PlaceEvalReport(corpus.getFileName().toString(), articles.size(), t.gold, t.predicted, t.matchedGold,
        t.matchedPredicted, t.errors.size(), GeoMetrics.accuracy(t.errors, ACCURACY_KM), GeoMetrics.mean(t.errors),
        GeoMetrics.median(t.errors), GeoMetrics.auc(t.errors), t.coveredErrors.size(),
        GeoMetrics.accuracy(t.coveredErrors, ACCURACY_KM), t.located == 0 ? 0 : (double) t.oracle / t.located,
        t.demonyms, t.demonymsMatched,
        (System.nanoTime() - t0) / 1e9, t.lines);
  }

  private void score(GoldArticle a, Annotation ann, List<Place> predicted, Tally t) {
    t.gold += a.toponyms().size();
    t.predicted += predicted.size();
    for (Place p : predicted) {
      Span ps = new Span(p.start(), p.end());
      boolean hit = a.toponyms().stream().anyMatch(g -> g.span().overlaps(ps));
      t.rule(p.provenance().rule(), hit);
      if (hit) {
        t.matchedPredicted++;
        if (Boolean.getBoolean("places.eval.hits")) {
          t.line("HIT   " + p.text() + " {" + p.provenance().rule() + "} " + p.featureCode() + " " + p.note(), a, ann,
              ps);
        }
      } else {
        t.line("FALSE " + p.text() + " -> " + p.name() + " " + p.country() + " {" + p.provenance().rule() + "} " + p.featureCode()
            + (Boolean.getBoolean("places.eval.hits") ? " " + p.note() : ""), a, ann,
            ps);
      }
    }
    for (GoldToponym g : a.toponyms()) {
      boolean covered = g.located() && covered(g);
      if (g.located()) {
        t.located++;
        t.oracle += covered ? 1 : 0;
      }
      boolean demonym = ann.entities().stream()
          .anyMatch(e -> e.type().equals("NATIONALITY") && e.span().overlaps(g.span()));
      Place best = bestOverlap(g.span(), predicted);
      t.demonyms += demonym ? 1 : 0;
      t.demonymsMatched += demonym && best != null ? 1 : 0;
      if (best == null) {
        t.line((demonym ? "MISS (demonym) " : "MISS  ") + g.phrase(), a, ann, g.span());
        continue;
      }
      t.matchedGold++;
      if (!g.located()) {
        continue;
      }
      double err = best.lat() == null ? GeoMetrics.MAX_ERROR_KM : Geo.distanceKm(best.lat(), best.lon(), g.lat(), g.lon());
      t.errors.add(err);
      if (covered) {
        t.coveredErrors.add(err);
      }
      if (err > ACCURACY_KM) {
        t.line(String.format(Locale.ROOT, "FAR   %s -> %s %s (%s) %.0f km%s", g.phrase(), best.name(), best.country(),
            best.featureCode(), err, covered ? "" : " [not covered]"), a, ann, g.span());
      }
    }
  }

  private boolean covered(GoldToponym g) {
    for (GazetteerEntry e : gazetteer.lookup(g.phrase())) {
      if (Geo.distanceKm(e.lat(), e.lon(), g.lat(), g.lon()) <= ACCURACY_KM) {
        return true;
      }
    }
    return false;
  }

  private static Place bestOverlap(Span gold, List<Place> predicted) {
    Place best = null;
    int bestLen = 0;
    for (Place p : predicted) {
      int overlap = Math.min(gold.end(), p.end()) - Math.max(gold.start(), p.start());
      if (overlap > bestLen) {
        best = p;
        bestLen = overlap;
      }
    }
    return best;
  }

  /** Mutable counters for one evaluation run; confined to it. */
  private static final class Tally {
    final boolean listErrors;
    int gold;
    int predicted;
    int matchedGold;
    int matchedPredicted;
    int located;
    int demonyms;
    int demonymsMatched;
    int oracle;
    final List<Double> errors = new ArrayList<>();
    final List<Double> coveredErrors = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final Map<String, int[]> byRule = new TreeMap<>();

    Tally(boolean listErrors) {
      this.listErrors = listErrors;
    }

    void rule(String rule, boolean hit) {
      int[] c = byRule.computeIfAbsent(rule, r -> new int[2]);
      c[0] += hit ? 1 : 0;
      c[1]++;
    }

    /** One line per recognition rule: predictions overlapping a gold toponym / predictions. */
    void ruleLines() {
      if (listErrors) {
        byRule.forEach((r, c) -> lines.add(String.format(Locale.ROOT, "RULE  %-45s %5d / %5d correct", r, c[0], c[1])));
      }
    }

    void line(String what, GoldArticle a, Annotation ann, Span span) {
      if (listErrors) {
        String sentence = ann.sentenceOf(span).map(s -> s.span().of(a.text())).orElse("").replace('\n', ' ');
        lines.add(what + "\t[" + a.id() + "] " + sentence);
      }
    }
  }
}
