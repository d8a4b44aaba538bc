package org.observatory.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves {@link InputFormat#AUTO}: {@code .html}/{@code .htm}/{@code .xhtml} are HTML, {@code .jsonl}/{@code
 * .ndjson} are JSON Lines, and any other input is HTML when its content starts (after white space and comments)
 * with {@code <!doctype html} or {@code <html}, else text. Stateless.
 */
final class FormatDetector {

  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(?:<!--.*?-->\\s*)*(?:<\\?xml[^>]*>\\s*)?(?:<!doctype\\s+html|<html)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private FormatDetector() {}

  /** The format to read {@code name} (a path or {@code -}) with, given the requested one and the content. */
  static InputFormat detect(InputFormat requested, String name, String content) {
    if (requested != InputFormat.AUTO) {
      return requested;
    }
    InputFormat byName = byExtension(name);
    if (byName != InputFormat.AUTO) {
      return byName;
    }
    return looksLikeHtml(content) ? InputFormat.HTML : InputFormat.TEXT;
  }

  static InputFormat byExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    return InputFormat.AUTO;
  }

  static boolean looksLikeHtml(String content) {
    String head = content.length() > 4096 ? content.substring(0, 4096) : content;
    return HTML_START.matcher(head).find();
  }
}
