/**
 * Survey of the discourse stages (quotes, attribution, agreements) on real articles: counts, coverage and
 * structural invariants, plus samples for hand checking. There is no public gold standard for these outputs, so
 * the survey reports what it can count and leaves correctness to the hand-checked samples.
 *
 * <p>May use {@code core}, {@code document}, {@code nlp}, {@code pipeline}, {@code record}, {@code bench} and the
 * {@code extract.*} stages.
 */
package org.observatory.eval.discourse;
