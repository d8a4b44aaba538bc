package org.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.observatory.core.BadInputException;

/**
 * Turns raw input bytes into text, refusing what is not a document: too large (checked before reading), empty,
 * binary, not UTF-8, or only white space. Stateless and thread-safe.
 */
final class InputBytes {

  /** Share of control bytes (other than tab, line feed, form feed, carriage return) above which input is binary. */
  static final double MAX_CONTROL_SHARE = 0.05;

  private InputBytes() {}

  /** Reads and validates a regular file; {@code name} is the input as the user gave it. */
  static String readFile(Path file, String name, long maxBytes) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage(), e);
    }
    if (size > maxBytes) {
      throw tooLarge(name, size + " bytes", maxBytes);
    }
    if (size == 0) {
      throw new BadInputException(name, "empty file");
    }
    try {
      return decode(Files.readAllBytes(file), name);
    } catch (AccessDeniedException e) {
      throw new BadInputException(name, "cannot read: permission denied", e);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads at most {@code maxBytes} from a stream (standard input); more is refused without reading it all. */
  static String readStream(InputStream in, String name, long maxBytes) {
    try {
      int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
      byte[] bytes = in.readNBytes(cap);
      if (bytes.length > maxBytes) {
        throw tooLarge(name, "more than " + maxBytes + " bytes", maxBytes);
      }
      if (bytes.length == 0) {
        throw new BadInputException(name, "empty input");
      }
      return decode(bytes, name);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Validates and decodes bytes that were already read. */
  static String decode(byte[] bytes, String name) {
    refuseBinary(bytes, name);
    int bom = hasBom(bytes) ? 3 : 0;
    String text = strictUtf8(bytes, bom, name);
    if (text.isBlank()) {
      throw new BadInputException(name, "empty (only white space)");
    }
    return text;
  }

  private static BadInputException tooLarge(String name, String size, long maxBytes) {
    return new BadInputException(name, "too large: " + size + " (limit " + maxBytes
        + " bytes; raise maxInputBytes in the configuration)");
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static void refuseBinary(byte[] bytes, String name) {
    long controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new BadInputException(name, "binary file (NUL byte at offset " + i + "), not text");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * bytes.length) {
      throw new BadInputException(name, "binary file (" + controls + " control bytes in " + bytes.length
          + "), not text");
    }
  }

  private static String strictUtf8(byte[] bytes, int from, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new BadInputException(name, "invalid UTF-8 at byte offset " + in.position()
          + " (convert the file to UTF-8)");
    }
    out.flip();
    return out.toString();
  }
}
