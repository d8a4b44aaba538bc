/**
 * Linguistic annotation as our own immutable values ({@link org.observatory.nlp.Annotation},
 * {@link org.observatory.nlp.Sentence}, {@link org.observatory.nlp.Token}, ...) and the
 * {@link org.observatory.nlp.Annotator} contract that produces them.
 *
 * <p>May use {@code core}. The only implementation lives in {@code nlp.corenlp}; no CoreNLP type appears here or
 * anywhere outside {@code nlp.corenlp}.
 */
package org.observatory.nlp;
