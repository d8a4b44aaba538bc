package org.observatory.record;

import org.observatory.core.Provenance;

/**
 * A normalised time expression.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ({@code 2020-02-02}, {@code 2019-10}, {@code PT150H}, {@code XXXX-WXX-7} when it
 *     could not be anchored), null when none could be given
 * @param precision instant, day, week, month, year, decade, approximate, or unresolved
 * @param derivation explicit, document-date, anchor, event, inferred, or unresolved
 * @param anchor text of the expression or event it was resolved against, null for explicit values
 * @param provenance stage, rule and evidence
 */
public record TimeExpression(String text, int start, int end, String type, String value, String precision,
    String derivation, String anchor, Provenance provenance) {}
