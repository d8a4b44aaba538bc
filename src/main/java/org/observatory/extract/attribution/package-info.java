/**
 * Source chains: for each sentence (and each embedded speech clause) who says what it says, nearest first —
 * quoted or speaking source, the monitor's sources, the monitor, the cited outlet, and last the publishing outlet.
 * Owns {@link org.observatory.extract.attribution.AttributionStage} (adds {@code SOURCES}), the outlet lexicon
 * resource and {@link org.observatory.extract.attribution.SourceChains} (lookup for the events stage).
 *
 * <p>May use {@code core}, {@code document}, {@code nlp}, {@code pipeline}, {@code record},
 * {@code extract.discourse} and {@code extract.quote}.
 */
package org.observatory.extract.attribution;
