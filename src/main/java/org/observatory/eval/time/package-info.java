/**
 * Evaluation of the time stage on TimeML corpora (TempEval-3 definitions), of document-date inference, and of
 * event dating against TimeML's event-time links.
 *
 * <p>Owns the TimeML reader, the scorers and their report records with text renderings. May use {@code core},
 * {@code document}, {@code nlp} (through the {@link org.observatory.nlp.Annotator} interface), {@code pipeline},
 * {@code record}, {@code extract.time}, {@code extract.docdate}, {@code extract.event} (only its
 * {@link org.observatory.extract.event.EventDates} entry point) and {@code extract.actor} (the document-date
 * evaluation runs the actor and document-date stages), {@code corpus} (the dated news articles) and {@code source}
 * (to tell which of them the product dates from their dateline without inference).
 */
package org.observatory.eval.time;
