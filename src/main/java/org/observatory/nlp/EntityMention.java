package org.observatory.nlp;

import org.observatory.core.Span;

/**
 * A named-entity mention found by the annotator.
 *
 * @param span UTF-16 offsets in the document text
 * @param text the mention text
 * @param type fine-grained type: PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, NATIONALITY,
 *     TITLE, DATE, TIME, DURATION, SET, NUMBER, ...
 * @param sentence 0-based index of the sentence holding it
 */
public record EntityMention(Span span, String text, String type, int sentence) {}
