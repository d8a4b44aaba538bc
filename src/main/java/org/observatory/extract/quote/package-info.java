/**
 * Direct quotations: the quoted words (curly, straight or guillemet marks, across sentence boundaries), their
 * speaker from the speech clause and when they were said. Owns {@link org.observatory.extract.quote.QuoteStage}
 * (adds {@code QUOTES}) and the public {@link org.observatory.extract.quote.QuoteFinder} that attribution reuses.
 *
 * <p>May use {@code core}, {@code document}, {@code nlp}, {@code pipeline}, {@code record} and
 * {@code extract.discourse}.
 */
package org.observatory.extract.quote;
