package org.observatory.record;

import org.observatory.core.Provenance;

/**
 * A direct quotation.
 *
 * @param text the quoted words without the quotation marks
 * @param start UTF-16 offset of the quoted words, inclusive
 * @param end UTF-16 offset, exclusive
 * @param speaker the speaker as named in the text ("Erdogan"), null when not found
 * @param speakerCanonical canonical actor of the speaker, or null
 * @param said when it was said, or null
 * @param provenance stage, rule and evidence (the speech-verb clause)
 */
public record Quote(String text, int start, int end, String speaker, String speakerCanonical, DateValue said,
    Provenance provenance) {}
