/**
 * Shared reading helpers of the discourse stages (quotes, attribution, agreements): dependency-phrase spans,
 * lookup of actors, entities and time expressions by span, speech-verb subjects, paragraphs, and the conversion
 * of a {@link org.observatory.record.TimeExpression} to a {@link org.observatory.record.DateValue}.
 *
 * <p>Owns no stage and no record. May use {@code core}, {@code document}, {@code nlp} and {@code record}. Pure,
 * stateless functions: thread-safe.
 */
package org.observatory.extract.discourse;
