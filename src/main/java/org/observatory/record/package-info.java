/**
 * The analysis record: one immutable value per document holding everything extracted from it, with the JSON
 * field names fixed by {@code docs/record.md} (evaluation reads them). Every extracted item carries its
 * {@link org.observatory.core.Provenance}.
 *
 * <p>May use {@code core} and {@code document}. Pure values: no behaviour beyond validation and small views.
 */
package org.observatory.record;
