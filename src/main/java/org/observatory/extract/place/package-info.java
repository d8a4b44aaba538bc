/**
 * The places stage: recognises toponyms ({@link org.observatory.extract.place.PlaceRecognizer}: CoreNLP location
 * entities, unit patterns such as "X province" / "the town of X", gazetteer matching of proper-noun runs),
 * resolves them against the {@link org.observatory.gazetteer.Gazetteer}
 * ({@link org.observatory.extract.place.PlaceResolver}: population and feature priors, focus country, nearby
 * places, containment), falls back to the smallest enclosing unit the text supports for names the gazetteer lacks,
 * and adds relative locations ("near X", "10 km east of X", "the road linking A to B").
 * {@link org.observatory.extract.place.PlaceLookup} lets later stages find the place of a span.
 *
 * <p>May use {@code core}, {@code nlp}, {@code pipeline}, {@code record} and {@code gazetteer}; no CoreNLP types.
 */
package org.observatory.extract.place;
