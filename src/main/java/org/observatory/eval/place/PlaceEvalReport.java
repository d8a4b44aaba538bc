package org.observatory.eval.place;

import java.util.List;
import java.util.Locale;

/**
 * Results of a places evaluation.
 *
 * @param corpus file evaluated
 * @param articles articles evaluated
 * @param gold gold toponyms
 * @param predicted predicted toponyms (relative locations excluded)
 * @param matchedGold gold toponyms overlapped by a prediction
 * @param matchedPredicted predictions overlapping a gold toponym
 * @param geocoded recognised gold toponyms with a gold location (the geocoding set)
 * @param acc161 accuracy within 161 km on the geocoding set
 * @param meanKm mean error, km
 * @param medianKm median error, km
 * @param auc AUC of the error curve (lower is better)
 * @param covered recognised, located gold toponyms that the gazetteer covers (oracle)
 * @param acc161Covered accuracy within 161 km over {@code covered}
 * @param oracle share of all located gold toponyms the gazetteer covers
 * @param demonyms gold toponyms that CoreNLP tags NATIONALITY ("Sudanese"): by design not places here
 * @param demonymsMatched of those, how many a prediction overlaps
 * @param seconds wall-clock time
 * @param errors error lines (only when asked)
 */
public record PlaceEvalReport(String corpus, int articles, int gold, int predicted, int matchedGold,
    int matchedPredicted, int geocoded, double acc161, double meanKm, double medianKm, double auc, int covered,
    double acc161Covered, double oracle, int demonyms, int demonymsMatched, double seconds, List<String> errors) {

  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Recall without the demonym gold toponyms. */
  public double recallWithoutDemonyms() {
    int g = gold - demonyms;
    return g <= 0 ? 0 : (double) (matchedGold - demonymsMatched) / g;
  }

  public double f1WithoutDemonyms() {
    double p = precision();
    double r = recallWithoutDemonyms();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "corpus %s: %d articles, %d gold toponyms, %d predicted (%.1f s)%n", corpus,
        articles, gold, predicted, seconds));
    b.append(String.format(Locale.ROOT, "recognition  P %.3f  R %.3f  F1 %.3f  (span overlap)%n", precision(),
        recall(), f1()));
    b.append(String.format(Locale.ROOT, "             without the %d demonym gold toponyms (\"Sudanese\"; not places by "
        + "design): R %.3f  F1 %.3f%n", demonyms, recallWithoutDemonyms(), f1WithoutDemonyms()));
    b.append(String.format(Locale.ROOT, "geocoding    n %d recognised+located: acc@161km %.3f  mean %.0f km  "
        + "median %.1f km  AUC %.3f%n", geocoded, acc161, meanKm, medianKm, auc));
    b.append(String.format(Locale.ROOT, "covered      n %d (gazetteer has the gold place within 161 km under the "
        + "name): acc@161km %.3f%n", covered, acc161Covered));
    b.append(String.format(Locale.ROOT, "oracle       %.3f of located gold toponyms are covered by the gazetteer%n",
        oracle));
    errors.forEach(e -> b.append(e).append('\n'));
    return b.toString();
  }
}
