package org.observatory.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.eval.place.GeoCorpus;
import org.observatory.eval.place.GoldArticle;
import org.observatory.eval.place.GoldToponym;
import org.observatory.extract.place.PlaceExtractor;
import org.observatory.extract.place.PlaceKind;
import org.observatory.extract.place.PlaceMention;
import org.observatory.gazetteer.Gazetteer;

/**
 * Toponym resolution speed on one thread: the gold toponyms of a geoparsing corpus, article by article, through
 * {@link PlaceExtractor#fromMentions} (candidate lookup, context scoring, enclosing units, relative locations), with
 * the gazetteer opened once beforehand. NLP is not included. Run with {@code ./observatory bench places}.
 */
public final class PlaceResolutionBench {

  /**
   * Result of a run.
   *
   * @param toponyms toponyms resolved in the timed part
   * @param seconds timed wall-clock seconds
   * @param openSeconds time to open the gazetteer
   */
  public record Report(long toponyms, double seconds, double openSeconds) {
    public double perSecond() {
      return toponyms / seconds;
    }

    public String render() {
      return String.format(Locale.ROOT, "gazetteer opened in %.1f s; resolved %d toponyms in %.2f s on one thread: "
          + "%.0f toponyms/second%n", openSeconds, toponyms, seconds, perSecond());
    }
  }

  private PlaceResolutionBench() {}

  /** Warms up, then resolves the corpus repeatedly for about {@code seconds}. */
  public static Report run(Gazetteer gazetteer, double openSeconds, Path corpus, double seconds) {
    List<GoldArticle> articles = GeoCorpus.read(corpus);
    List<List<PlaceMention>> mentions = new ArrayList<>();
    for (GoldArticle a : articles) {
      mentions.add(a.toponyms().stream().map(PlaceResolutionBench::mention).toList());
    }
    PlaceExtractor extractor = new PlaceExtractor(gazetteer);
    pass(extractor, articles, mentions);
    long n = 0;
    long t0 = System.nanoTime();
    while ((System.nanoTime() - t0) / 1e9 < seconds) {
      n += pass(extractor, articles, mentions);
    }
    return new Report(n, (System.nanoTime() - t0) / 1e9, openSeconds);
  }

  private static long pass(PlaceExtractor extractor, List<GoldArticle> articles, List<List<PlaceMention>> mentions) {
    long n = 0;
    for (int i = 0; i < articles.size(); i++) {
      n += extractor.fromMentions(articles.get(i).text(), mentions.get(i)).isEmpty() ? 0 : mentions.get(i).size();
    }
    return n;
  }

  private static PlaceMention mention(GoldToponym g) {
    return PlaceMention.of(g.span(), g.phrase(), PlaceKind.ANY, "bench", 0);
  }

}
