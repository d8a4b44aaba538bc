package org.observatory.extract.place;

import java.util.Optional;

/**
 * The outcome for one mention.
 *
 * @param mention the mention
 * @param chosen the chosen candidate, empty when none was acceptable
 * @param candidates how many candidates the gazetteer offered
 * @param how the deciding evidence, in words
 * @param supported true when the chosen candidate lies inside a container named next to the mention or near
 *     (under 200 km) another place of the text
 */
record Resolution(PlaceMention mention, Optional<Candidate> chosen, int candidates, String how, boolean supported) {

  /**
   * True when a mention recognised on weak evidence alone (a bare gazetteer match, an organisation modifier, a
   * propagated copy) resolved to a minor populated place (not a capital or a seat of a first- or second-level
   * unit, under {@value #MINOR_POPULATION} inhabitants) that no other place of the text supports: such a match is
   * far more often a surname, a brand or a facility name than a village.
   */
  boolean unsupportedMinorMatch() {
    return Surnames.isWeak(mention.rule()) && !supported && chosen.map(c -> isMinor(c.entry())).orElse(false);
  }

  static final long MINOR_POPULATION = 20_000;

  private static boolean isMinor(org.observatory.gazetteer.GazetteerEntry e) {
    return e.isPopulatedPlace() && !java.util.Set.of("PPLA", "PPLA2", "PPLC", "PPLG").contains(e.featureCode())
        && e.population() < MINOR_POPULATION;
  }
}
