package org.observatory.extract.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;

/**
 * Paragraph spans of a text: blocks separated by blank lines, or by single line breaks when the text has no blank
 * line. Stateless and thread-safe.
 */
public final class Paragraphs {

  private static final Pattern BLANK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
  private static final Pattern LINE = Pattern.compile("\\n\\s*");

  private Paragraphs() {}

  /** Paragraph spans in order, each trimmed of surrounding line breaks; never empty for a non-blank text. */
  public static List<Span> of(String text) {
    Pattern breaks = BLANK.matcher(text).find() ? BLANK : LINE;
    List<Span> out = new ArrayList<>();
    Matcher m = breaks.matcher(text);
    int start = 0;
    while (m.find()) {
      add(out, start, m.start());
      start = m.end();
    }
    add(out, start, text.length());
    return out;
  }

  /** Index of the paragraph containing {@code offset}, or -1. */
  public static int indexOf(List<Span> paragraphs, int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).contains(offset)) {
        return i;
      }
    }
    return -1;
  }

  private static void add(List<Span> out, int start, int end) {
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
