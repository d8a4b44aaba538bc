package org.observatory.nlp;

import org.observatory.core.Span;

/**
 * One token.
 *
 * @param index 0-based position in its sentence
 * @param text the token as it stands in the document text
 * @param span its UTF-16 offsets in the document text
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma lemma, lower-cased by the tagger's rules
 * @param ner fine-grained named-entity tag ({@code "O"} outside any entity)
 */
public record Token(int index, String text, Span span, String pos, String lemma, String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
