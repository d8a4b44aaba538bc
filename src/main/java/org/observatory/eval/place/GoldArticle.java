package org.observatory.eval.place;

import java.util.List;

/**
 * An article of a geoparsing corpus.
 *
 * @param id position or docid
 * @param text the text the offsets point into
 * @param toponyms gold toponyms in text order
 */
public record GoldArticle(String id, String text, List<GoldToponym> toponyms) {
  public GoldArticle {
    toponyms = List.copyOf(toponyms);
  }
}
