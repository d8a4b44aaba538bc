/**
 * What every evaluation shares: {@link org.observatory.eval.CorpusHalf}, the fixed development/test split that
 * keeps rules written from errors apart from the data they are scored on. Each area's evaluation lives in a
 * subpackage ({@code eval.time}, {@code eval.place}, {@code eval.event}, ...).
 *
 * <p>May use the JDK only.
 */
package org.observatory.eval;
