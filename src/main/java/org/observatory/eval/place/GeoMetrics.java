package org.observatory.eval.place;

import java.util.ArrayList;
import java.util.List;

/** Error statistics over geocoding errors in km. Pure. */
final class GeoMetrics {

  /** Half the Earth's circumference: the error assigned to a toponym given no location. */
  static final double MAX_ERROR_KM = 20039;

  private GeoMetrics() {}

  static double accuracy(List<Double> errors, double km) {
    return errors.isEmpty() ? 0 : errors.stream().filter(e -> e <= km).count() / (double) errors.size();
  }

  static double mean(List<Double> errors) {
    return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  static double median(List<Double> errors) {
    if (errors.isEmpty()) {
      return 0;
    }
    List<Double> s = new ArrayList<>(errors);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /**
   * Area under the curve of sorted log errors, normalised to [0, 1] (lower is better), as in Gritta et al. 2018:
   * trapz(ln(1 + sorted errors)) / (ln(20039) * (n - 1)).
   */
  static double auc(List<Double> errors) {
    if (errors.size() < 2) {
      return errors.isEmpty() ? 0 : Math.log1p(errors.get(0)) / Math.log(MAX_ERROR_KM);
    }
    List<Double> s = new ArrayList<>(errors);
    s.sort(null);
    double area = 0;
    for (int i = 1; i < s.size(); i++) {
      area += (Math.log1p(s.get(i - 1)) + Math.log1p(s.get(i))) / 2;
    }
    return area / (Math.log(MAX_ERROR_KM) * (s.size() - 1));
  }
}
