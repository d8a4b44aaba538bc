package org.observatory.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet header line some plain-text reports start with: {@code - OUTLET | TAGLINE - URL -}. Tolerated
 * variants: no tagline ({@code - OUTLET - URL -}), no URL ({@code - OUTLET | TAGLINE -}), no closing dash when a URL
 * ends the line, en or em dashes. A line counts as a header only when it starts with a dash and either names a URL
 * or both opens and closes with a dash, so an ordinary list item ("- troops crossed the border") is not one.
 *
 * @param outlet the outlet name, or null when the line gives none
 * @param tagline the text after {@code |}, or null
 * @param url the URL, or null
 */
record HeaderLine(String outlet, String tagline, String url) {

  private static final int MAX_LENGTH = 300;
  private static final int MAX_NAME_LENGTH = 150;
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final Pattern OPEN = Pattern.compile("^[-\u2013\u2014]\\s+");
  private static final Pattern CLOSE = Pattern.compile("\\s+[-\u2013\u2014]$");

  /** The header that {@code line} is, if it is one. */
  static Optional<HeaderLine> parse(String line) {
    String s = line.strip();
    if (s.length() > MAX_LENGTH || !OPEN.matcher(s).find()) {
      return Optional.empty();
    }
    boolean closed = CLOSE.matcher(s).find();
    s = CLOSE.matcher(OPEN.matcher(s).replaceFirst("")).replaceFirst("");
    Matcher url = URL.matcher(s);
    boolean hasUrl = url.find();
    if (!hasUrl && !closed) {
      return Optional.empty();
    }
    String name = hasUrl ? s.substring(0, url.start()) + s.substring(url.end()) : s;
    name = name.strip().replaceAll("^[-\u2013\u2014\\s]+|[-\u2013\u2014\\s]+$", "");
    if (name.length() > MAX_NAME_LENGTH || (name.isEmpty() && !hasUrl)) {
      return Optional.empty();
    }
    return Optional.of(fromName(name, hasUrl ? trimUrl(url.group()) : null));
  }

  private static HeaderLine fromName(String name, String url) {
    int bar = name.indexOf('|');
    String outlet = bar < 0 ? name : name.substring(0, bar);
    String tagline = bar < 0 ? null : name.substring(bar + 1);
    return new HeaderLine(emptyToNull(outlet), emptyToNull(tagline), url);
  }

  private static String trimUrl(String url) {
    return url.replaceAll("[.,;)>\\]]+$", "");
  }

  private static String emptyToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
