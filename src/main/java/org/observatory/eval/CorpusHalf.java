package org.observatory.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A fixed two-way split of a corpus, so that rules are developed on one half and scored once on the other: an
 * item is in {@link #DEV} when the CRC-32 of the UTF-8 bytes of its id (a TimeML file name without directory, an
 * LGL docid, a GeoVirus position) is even, else in {@link #TEST}. Stateless.
 */
public enum CorpusHalf {
  /** Every item. */
  ALL,
  /** Items whose id has an even CRC-32: read errors here. */
  DEV,
  /** Items whose id has an odd CRC-32: scored only. */
  TEST;

  /** True when the item with this id belongs to this half ({@link #ALL} takes every item). */
  public boolean contains(String id) {
    if (this == ALL) {
      return true;
    }
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    boolean even = crc.getValue() % 2 == 0;
    return this == DEV ? even : !even;
  }
}
