package org.observatory.extract.agreement;

import org.observatory.core.Span;

/**
 * One mention of an agreement in a sentence.
 *
 * @param sentence index of the sentence
 * @param head token index of the head noun ("agreement", "memorandum", "truce")
 * @param span offsets of the name ("Sochi agreement", "memorandum of understanding", "five-day truce")
 * @param name the name as the text gives it
 * @param kind agreement, memorandum, ceasefire or truce
 * @param anaphoric true for a bare definite mention ("the agreement") that refers back to an earlier one
 */
record AgreementMention(int sentence, int head, Span span, String name, String kind, boolean anaphoric) {}
