/**
 * Evaluation of event coding on public gold data: PLOVER gold-standard records (event type, source, target) and
 * CASE 2021 task 2 (ACLED sub-event types). Plain classes returning report records with a text rendering.
 *
 * <p>May use {@code core}, {@code config}, {@code document}, {@code nlp} (through the {@code Annotator}
 * interface), {@code record} and {@code extract.event}.
 */
package org.observatory.eval.event;
