package org.observatory.extract.discourse;

import org.observatory.core.Span;

/**
 * A speech or report verb with the one who speaks.
 *
 * @param sentence index of the sentence
 * @param verb token index of the verb (or of "according" in "according to X")
 * @param verbSpan the verb's offsets
 * @param speaker offsets of the speaker as the text names it (after resolving a pronoun), never null
 * @param subject offsets of the grammatical subject or source phrase as it stands (may be a pronoun), never null
 * @param mainClause true when the verb governs the sentence (root, or conjoined/parataxis with it, or a trailing
 *     "X said"), false when it is embedded (then it covers only the text from the verb on)
 * @param rule how the speaker was found
 */
public record SpeechAct(int sentence, int verb, Span verbSpan, Span speaker, Span subject, boolean mainClause,
    String rule) {}
