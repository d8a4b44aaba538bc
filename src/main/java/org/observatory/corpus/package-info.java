/**
 * Readers of the shared reference corpora used by benchmarks, surveys and tests: the news CSVs in
 * {@code news/} ({@link org.observatory.corpus.NewsCorpus}). Not an input format of the product.
 *
 * <p>May use {@code core}, {@code config}, {@code document} and commons-csv.
 */
package org.observatory.corpus;
