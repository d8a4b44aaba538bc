package org.observatory.source;

import java.util.regex.Pattern;

/**
 * Whether a line reads as a title: short (at most {@value #MAX_CHARS} characters and {@value #MAX_WORDS} words),
 * starting with a capital letter, digit or quotation mark, with letters in it, and not ending like a sentence
 * (period, comma, semicolon, colon). Stateless.
 */
final class TitleLine {

  static final int MAX_CHARS = 200;
  static final int MAX_WORDS = 30;
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private TitleLine() {}

  static boolean readsAsTitle(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS || s.split("\\s+").length > MAX_WORDS) {
      return false;
    }
    char first = s.charAt(0);
    boolean goodStart = Character.isUpperCase(first) || Character.isDigit(first) || isQuote(first)
        || Character.isLetter(first) && !Character.isLowerCase(first);
    char last = s.charAt(s.length() - 1);
    boolean sentenceEnd = last == '.' && !s.endsWith("...") || last == ',' || last == ';' || last == ':';
    return goodStart && !sentenceEnd && LETTER.matcher(s).find();
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
  }
}
