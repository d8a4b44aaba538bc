package org.observatory.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable document ids: the first 16 hex digits of SHA-256 over the NFC-normalised, whitespace-folded text. */
public final class DocumentIds {

  private DocumentIds() {}

  /** The id of {@code text}; texts that differ only in Unicode normalisation or runs of white space share it. */
  public static String of(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
