package org.observatory.extract.place;

import java.util.Map;
import org.observatory.gazetteer.GazetteerEntry;

/** Context-free preference among candidates: population and feature type. Pure. */
final class Priors {

  private static final Map<String, Double> FEATURE = Map.ofEntries(Map.entry("PCLI", 6.0), Map.entry("PCLD", 5.0),
      Map.entry("PCLS", 5.0), Map.entry("PCLF", 5.0), Map.entry("PCL", 5.0), Map.entry("TERR", 4.0),
      Map.entry("CONT", 6.0), Map.entry("RGN", 4.5), Map.entry("GULF", 4.0), Map.entry("ADM1", 3.5),
      Map.entry("PPLC", 3.5), Map.entry("PPLA", 2.5), Map.entry("ADM2", 1.5), Map.entry("PPLA2", 0.5),
      Map.entry("ADM3", 0.8), Map.entry("PPLA3", 0.3), Map.entry("PPLA4", 0.3), Map.entry("PPL", 0.0));

  private Priors() {}

  static double of(GazetteerEntry e) {
    double pop = Math.log10(e.population() + 1.0);
    double weight = e.isAdmin() || e.isCountry() ? 0.3 : 0.6;
    return weight * pop + FEATURE.getOrDefault(e.featureCode(), 0.0) + (e.source().equals("local") ? 1.0 : 0.0);
  }
}
