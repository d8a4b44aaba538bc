package org.observatory.document;

/**
 * A footnote or citation marker (such as {@code [1]}) removed from the analysed text.
 *
 * @param marker the marker as it stood in the source, e.g. {@code "[1]"}
 * @param offset UTF-16 offset in {@code Document.text()} where the marker stood
 */
public record Citation(String marker, int offset) {}
