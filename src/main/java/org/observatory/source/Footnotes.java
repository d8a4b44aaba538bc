package org.observatory.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.document.Citation;

/**
 * Removes footnote markers ({@code [1]}, {@code [12]}: one to three digits in square brackets) from a text and keeps
 * them as {@link Citation}s. At each removal point the horizontal white space before the marker collapses: it
 * disappears before white space, punctuation or the end of the text ({@code "word [1]."} → {@code "word."}), and
 * shrinks to its first character before a word ({@code "word  [1]next"} → {@code "word next"}); two words the
 * marker glued together get one space. Nothing else in the text changes. Stateless and thread-safe.
 */
final class Footnotes {

  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

  /**
   * A text with its markers removed.
   *
   * @param text the text without markers
   * @param citations the markers in text order, each at the offset in {@code text} where it stood
   */
  record Stripped(String text, List<Citation> citations) {
    Stripped {
      citations = List.copyOf(citations);
    }
  }

  private Footnotes() {}

  static Stripped strip(String source) {
    Matcher m = MARKER.matcher(source);
    StringBuilder out = new StringBuilder(source.length());
    List<Citation> citations = new ArrayList<>();
    int copied = 0;
    while (m.find()) {
      int wsStart = m.start();
      while (wsStart > copied && isHorizontalSpace(source.charAt(wsStart - 1))) {
        wsStart--;
      }
      out.append(source, copied, wsStart);
      int offset = out.length();
      String join = joiner(source, wsStart, m.start(), m.end());
      out.append(join);
      citations.add(new Citation(m.group(), offset));
      copied = m.end();
    }
    if (citations.isEmpty()) {
      return new Stripped(source, List.of());
    }
    out.append(source, copied, source.length());
    return new Stripped(out.toString(), citations);
  }

  /** What replaces the white space before a marker and the marker itself. */
  private static String joiner(String s, int wsStart, int markerStart, int markerEnd) {
    boolean nextIsWord = markerEnd < s.length() && Character.isLetterOrDigit(s.charAt(markerEnd));
    if (!nextIsWord) {
      return "";
    }
    if (wsStart < markerStart) {
      return String.valueOf(s.charAt(wsStart));
    }
    boolean prevIsWord = wsStart > 0 && Character.isLetterOrDigit(s.charAt(wsStart - 1));
    return prevIsWord ? " " : "";
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
  }
}
