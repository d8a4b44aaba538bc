/**
 * The time stage: normalised time expressions ({@code TIMES}) and the document's publication date
 * ({@code PUBLISHED}).
 *
 * <p>Owns: {@link org.observatory.extract.time.TimeStage} (the pipeline stage), the resolution layer that
 * re-anchors SUTime's candidates (weekdays, year-less dates, "two days earlier", "two days after X said",
 * "hours after the blast" with the bundled lexicon of event nouns {@code event-nouns.txt} read by
 * {@link org.observatory.extract.time.EventNouns}, "within 150 hours"), document-date inference from the text ({@link org.observatory.extract.time.DocDateInference},
 * with the bundled, sourced list of dated conflicts {@code known-periods.tsv} read by
 * {@link org.observatory.extract.time.KnownPeriods}),
 * duration arithmetic for deadlines ({@link org.observatory.extract.time.Deadlines}), and the HeidelTime
 * adapter with its output-preserving speed-ups (first-character guards and fast checks on HeidelTime's rule
 * patterns: {@link org.observatory.extract.time.FirstChars}, {@link org.observatory.extract.time.GuardedRules}).
 *
 * <p>May use: {@code core}, {@code document}, {@code nlp} records (never CoreNLP types), {@code pipeline},
 * {@code record}, and HeidelTime 2.2.1 (only in the HeidelTime adapter classes).
 * Never reads the machine's clock: every value is derived from the text, the given document date or an anchor in
 * the text.
 */
package org.observatory.extract.time;
