/**
 * Evaluation of the places stage on geoparsing corpora (LGL and GeoVirus XML): recognition precision/recall/F1 by
 * span overlap, geocoding accuracy within 161 km, mean/median error, AUC of the error curve (Gritta et al. 2018),
 * and the gazetteer oracle. Plain classes returning report records with a text rendering.
 *
 * <p>May use {@code core}, {@code nlp}, {@code gazetteer}, {@code extract.place} and {@code record}.
 */
package org.observatory.eval.place;
