/**
 * The document model: {@link org.observatory.document.Document}, the text every later stage reads, with the
 * metadata its source gave (title, outlet, URL, date) and the citation anchors taken out of the text.
 *
 * <p>May use {@code core} only.
 */
package org.observatory.document;
