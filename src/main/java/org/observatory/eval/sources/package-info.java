/**
 * Evaluation of the {@code source} package on shared corpora: how often a dateline gives a publication date and
 * whether it is the right one ({@link org.observatory.eval.sources.DatelineEval}).
 *
 * <p>May use {@code core}, {@code config}, {@code document}, {@code source} and commons-csv.
 */
package org.observatory.eval.sources;
