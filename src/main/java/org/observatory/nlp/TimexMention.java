package org.observatory.nlp;

import org.observatory.core.Span;

/**
 * A TIMEX3 expression as the annotator's own temporal tagger (SUTime) normalised it.
 *
 * @param span UTF-16 offsets in the document text
 * @param text the expression
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value as the tagger gave it (may hold X placeholders), null when the tagger gave none
 * @param sentence 0-based index of the sentence holding it
 */
public record TimexMention(Span span, String text, String type, String value, int sentence) {}
