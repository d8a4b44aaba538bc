package org.observatory.eval.place;

import org.observatory.core.Span;

/**
 * A gold toponym.
 *
 * @param span offsets in the article text
 * @param phrase the text as annotated
 * @param lat gold latitude, null when the corpus gives no location
 * @param lon gold longitude, null when the corpus gives no location
 */
public record GoldToponym(Span span, String phrase, Double lat, Double lon) {
  public boolean located() {
    return lat != null && lon != null;
  }
}
