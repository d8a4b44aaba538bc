/**
 * Speed measurements the project ships ({@code ./observatory bench}): the whole pipeline per document with each
 * stage's share, and place resolution speed ({@code PlaceResolutionBench}). Numbers are reported, never
 * asserted by tests.
 *
 * <p>May use {@code core}, {@code document}, {@code pipeline}, {@code config} and commons-csv; {@code PlaceResolutionBench}
 * also uses {@code gazetteer}, {@code extract.place} and {@code eval.place}.
 */
package org.observatory.bench;
