package org.observatory.eval.place;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A fixed split of a corpus into a development half (read errors here) and a test half (score only): an article
 * belongs to {@link #DEV} when the CRC-32 of its id (LGL docid, or position for GeoVirus) is even.
 */
public enum CorpusHalf {
  ALL, DEV, TEST;

  /** @return whether the article with this id belongs to this half ({@link #ALL} takes every article) */
  public boolean contains(String articleId) {
    if (this == ALL) {
      return true;
    }
    CRC32 crc = new CRC32();
    crc.update(articleId.getBytes(StandardCharsets.UTF_8));
    boolean even = crc.getValue() % 2 == 0;
    return this == DEV ? even : !even;
  }
}
