package org.observatory.record;

import java.util.List;
import org.observatory.document.Citation;

/**
 * The document part of the record.
 *
 * @param id stable document id (hash of the normalised text)
 * @param title title, or null
 * @param outlet publishing outlet, or null
 * @param tagline outlet tagline, or null
 * @param url canonical URL, or null
 * @param text the analysed text; all offsets point into it
 * @param published publication date and its source, never null
 * @param citations citation markers removed from the text, never null
 * @param origin where the text was read from
 */
public record DocumentInfo(String id, String title, String outlet, String tagline, String url, String text,
    Published published, List<Citation> citations, String origin) {}
