/**
 * Reading inputs into {@link org.observatory.document.Document}s: plain UTF-8 text (with the optional header line
 * {@code - OUTLET | TAGLINE - URL -}, a title line, footnote markers and datelines), HTML pages and JSON Lines.
 * Owns input validation: every unreadable input becomes one {@link org.observatory.core.BadInputException} naming
 * it, and a batch goes on past it ({@link org.observatory.source.ReadResult}).
 *
 * <p>Entry point: {@link org.observatory.source.DocumentReader}. May use {@code core}, {@code document},
 * {@code config}, jsoup and Jackson.
 */
package org.observatory.source;
