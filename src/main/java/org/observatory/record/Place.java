package org.observatory.record;

import org.observatory.core.Provenance;

/**
 * A place mention resolved against the gazetteer (or left unresolved with the enclosing unit the text supports).
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param name gazetteer name of the resolved place (or of the enclosing unit when unresolved)
 * @param geonamesId GeoNames id, null for units without one (OCHA units, unresolved names)
 * @param lat latitude in decimal degrees (WGS84), null when not located at all
 * @param lon longitude in decimal degrees (WGS84), null when not located at all
 * @param country ISO 3166-1 alpha-2 country code, or null
 * @param admin1 first-level unit name, or null
 * @param featureCode GeoNames feature code (PPL, PPLA, ADM1, PCLI, ...), or null
 * @param precision point, locality, admin3, admin2, admin1, country, region or unresolved
 * @param resolved true when the mention itself was found in the gazetteer; false when only an enclosing unit was
 * @param uncertaintyKm radius within which the place lies, in kilometres, null when unknown
 * @param note how it was resolved, in words (e.g. "not in gazetteer; enclosing unit from 'Idlib province'")
 * @param provenance stage, rule and evidence
 */
public record Place(String text, int start, int end, String name, Long geonamesId, Double lat, Double lon,
    String country, String admin1, String featureCode, String precision, boolean resolved, Double uncertaintyKm,
    String note, Provenance provenance) {}
