package org.observatory.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;

/**
 * Pairs quotation marks within paragraphs: curly (“ ”), guillemets (« ») and straight double quotes. An opening
 * mark left unclosed at a paragraph break is dropped. Stateless and thread-safe.
 */
public final class QuoteSpans {

  /**
   * One pair of marks.
   *
   * @param marked offsets from the opening mark to the closing mark, both included
   * @param content the words between the marks, trimmed of spaces and of a trailing comma
   */
  public record Marked(Span marked, Span content) {}

  private QuoteSpans() {}

  public static List<Marked> find(String text) {
    List<Marked> out = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && isParagraphBreak(text, i)) {
        open = -1;
      } else if (open >= 0 && c == closer) {
        content(text, open, i).ifPresent(out::add);
        open = -1;
      } else if (open < 0 && (c == '“' || c == '«' || c == '"')) {
        open = i;
        closer = c == '“' ? '”' : c == '«' ? '»' : '"';
      }
    }
    return out;
  }

  private static boolean isParagraphBreak(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
  }

  private static java.util.Optional<Marked> content(String text, int open, int close) {
    int s = open + 1;
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e <= s) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Marked(new Span(open, close + 1), new Span(s, e)));
  }
}
