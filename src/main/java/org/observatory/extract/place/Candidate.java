package org.observatory.extract.place;

import org.observatory.gazetteer.GazetteerEntry;

/**
 * A gazetteer entry considered for a mention.
 *
 * @param entry the entry
 * @param fuzzy true when it matched only under the lossy skeleton key
 * @param prior context-free score
 */
record Candidate(GazetteerEntry entry, boolean fuzzy, double prior) {}
