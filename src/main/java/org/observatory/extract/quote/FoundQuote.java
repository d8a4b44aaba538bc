package org.observatory.extract.quote;

import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.extract.discourse.SpeechAct;

/**
 * A direct quotation with its speech act, before dating.
 *
 * @param marked offsets including the quotation marks
 * @param content offsets of the quoted words
 * @param act the speech act that introduces it, empty when no speaker was found
 * @param clause the speech clause the act was read from (the sentence part outside the quote), or null
 */
public record FoundQuote(Span marked, Span content, Optional<SpeechAct> act, Span clause) {}
