/**
 * Event coding: the PLOVER/ACLED/CAMEO ontology ({@link org.observatory.extract.event.EventOntology}), the trigger
 * lexicon, and {@link org.observatory.extract.event.EventStage}, which reads the dependency parse and the records of
 * the earlier stages (times, places, actors, quotes, source chains, agreements) and adds the coded events.
 *
 * <p>Owns {@code org/observatory/extract/event/*.tsv} resources. May use {@code core}, {@code config},
 * {@code document}, {@code nlp} (our own records, never CoreNLP), {@code record} and {@code pipeline}. Reads the
 * other stages' output only through the {@code record} types.
 */
package org.observatory.extract.event;
