/**
 * The gazetteer: {@link org.observatory.gazetteer.GazetteerEntry} records loaded from GeoNames-format dumps,
 * GeoNames admin/country tables, country-state-city coordinates, Syria's OCHA admin units and a user CSV of local
 * names; a Lucene index built once on disk by {@link org.observatory.gazetteer.GazetteerBuilder}; and the in-memory
 * {@link org.observatory.gazetteer.Gazetteer} opened from it, with transliteration-aware name keys
 * ({@link org.observatory.gazetteer.NameNormalizer}).
 *
 * <p>May use {@code core}, {@code config}, Lucene, Jackson and commons-csv. Knows nothing of documents or NLP.
 * Coordinates from GeoNames are CC BY 4.0: credit GeoNames wherever they are shown.
 */
package org.observatory.gazetteer;
