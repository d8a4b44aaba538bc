package org.observatory.extract.actor;

import java.util.List;
import org.observatory.core.Span;

/**
 * A word of a sentence as the actor rules see it: a token, or one part of a hyphenated token, without the
 * hyphens themselves.
 *
 * @param norm normalised surface form
 * @param lemma normalised lemma (equal to {@code norm} for parts of a hyphenated token)
 * @param text surface form
 * @param token index of the token it comes from
 * @param span offsets in the document text
 * @param pos part-of-speech tag of its token
 * @param ner fine-grained NER tag of its token
 * @param afterHyphen true when a hyphen joins it to the previous word ("backed" in "Ankara-backed")
 */
record Word(String norm, String lemma, String text, int token, Span span, String pos, String ner,
    boolean afterHyphen) {

  /** The forms a dictionary key may match: surface, and lemma when different. */
  List<String> forms() {
    return lemma.equals(norm) ? List.of(norm) : List.of(norm, lemma);
  }

  boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
