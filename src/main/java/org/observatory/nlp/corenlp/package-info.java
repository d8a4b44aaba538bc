/**
 * The one adapter to Stanford CoreNLP: builds the CoreNLP pipeline once and converts its annotations into
 * {@code org.observatory.nlp} records. The only package allowed to import {@code edu.stanford.nlp}.
 *
 * <p>May use {@code core} and {@code nlp}.
 */
package org.observatory.nlp.corenlp;
