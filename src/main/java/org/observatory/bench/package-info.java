/**
 * Speed measurements the project ships ({@code ./observatory bench}): the whole pipeline per document with each
 * stage's share. Numbers are reported, never asserted by tests.
 *
 * <p>May use {@code core}, {@code document}, {@code pipeline}, {@code config} and commons-csv.
 */
package org.observatory.bench;
