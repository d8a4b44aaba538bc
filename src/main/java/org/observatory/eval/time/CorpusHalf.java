package org.observatory.eval.time;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A fixed two-way split of a corpus by file name, so that rules are developed on one half and scored once on the
 * other. A file is in {@link #DEV} when the CRC-32 of its UTF-8 file name (no directory) is even, else in
 * {@link #TEST}. Stateless.
 */
public enum CorpusHalf {
  /** Every file. */
  ALL,
  /** Files whose name has an even CRC-32: read errors here. */
  DEV,
  /** Files whose name has an odd CRC-32: scored only. */
  TEST;

  /** True when the file called {@code fileName} (no directory) belongs to this half. */
  public boolean accepts(String fileName) {
    if (this == ALL) {
      return true;
    }
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    boolean even = crc.getValue() % 2 == 0;
    return this == DEV ? even : !even;
  }
}
