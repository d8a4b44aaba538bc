/**
 * The analysis record: one immutable value per document holding everything extracted from it, with the JSON
 * field names fixed by {@code docs/record.md} (evaluation reads them). Every extracted item carries its
 * {@link org.observatory.core.Provenance}.
 *
 * <p>May use {@code core} and {@code document}. Pure values: no behaviour beyond validation, small views and
 * {@link org.observatory.record.DayInterval}, the one reading of calendar TIMEX values as day intervals.
 */
package org.observatory.record;
