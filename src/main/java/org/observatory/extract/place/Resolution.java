package org.observatory.extract.place;

import java.util.Optional;

/**
 * The outcome for one mention.
 *
 * @param mention the mention
 * @param chosen the chosen candidate, empty when none was acceptable
 * @param candidates how many candidates the gazetteer offered
 * @param how the deciding evidence, in words
 */
record Resolution(PlaceMention mention, Optional<Candidate> chosen, int candidates, String how) {}
