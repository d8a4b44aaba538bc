package org.observatory.source;

import java.time.LocalDate;
import java.util.Optional;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;

/**
 * Plain text into a {@link Document}. With a header line ({@link HeaderLine}) the document's text starts at the
 * first non-blank line after it; the line after the header is the title when it {@link TitleLine reads as one}.
 * Without a header the first line is the title only when it reads as one and a blank line separates it from more
 * text. Footnote markers are taken out ({@link Footnotes}); a text with neither header nor markers is kept exactly.
 * A leading full date sets {@code published} with source {@code dateline} ({@link Datelines}). Stateless and
 * thread-safe.
 */
public final class TextDocuments {

  private TextDocuments() {}

  /**
   * Reads {@code text} (already decoded, BOM removed) as a document.
   *
   * @param text the input text, not blank
   * @param origin where it came from (path, {@code -}, ...), recorded as the document's origin
   * @throws BadInputException when nothing but a header line is left
   */
  public static Document parse(String text, String origin) {
    Lines lines = new Lines(text);
    int firstStart = lines.nextNonBlank(0);
    Optional<HeaderLine> header = firstStart < 0 ? Optional.empty()
        : HeaderLine.parse(lines.lineAt(firstStart));
    int bodyStart = header.map(h -> lines.nextNonBlank(lines.endOfLine(firstStart))).orElse(0);
    if (bodyStart < 0) {
      bodyStart = text.length();
    }
    Footnotes.Stripped stripped = Footnotes.strip(text.substring(bodyStart));
    String body = stripped.text();
    if (body.isBlank()) {
      throw new BadInputException(origin, "no text after the header line");
    }
    Lines bodyLines = new Lines(body);
    int titleEnd = header.isPresent() ? titleAfterHeader(bodyLines) : titleWithoutHeader(bodyLines);
    String title = titleEnd < 0 ? null : body.substring(0, titleEnd).strip();
    Optional<LocalDate> dateline = Datelines.find(body, Math.max(titleEnd, 0));
    return new Document(DocumentIds.of(body), body, title,
        header.map(HeaderLine::outlet).orElse(null), header.map(HeaderLine::tagline).orElse(null),
        header.map(HeaderLine::url).orElse(null), dateline.orElse(null),
        dateline.isPresent() ? Datelines.SOURCE : null, stripped.citations(), origin, null);
  }

  /** End of the title line at the start of {@code body}, or -1. */
  private static int titleAfterHeader(Lines body) {
    if (body.text().isEmpty()) {
      return -1;
    }
    int end = body.endOfLine(0);
    return TitleLine.readsAsTitle(body.lineAt(0)) && body.nextNonBlank(end) >= 0 ? end : -1;
  }

  private static int titleWithoutHeader(Lines body) {
    int start = body.nextNonBlank(0);
    if (start < 0) {
      return -1;
    }
    int end = body.endOfLine(start);
    boolean blankFollows = body.isBlankLineAt(body.startOfNextLine(end));
    boolean moreText = body.nextNonBlank(end) >= 0;
    return blankFollows && moreText && TitleLine.readsAsTitle(body.lineAt(start)) ? end : -1;
  }

  /** Line navigation over one text; offsets are UTF-16 indices into it. */
  record Lines(String text) {

    /** Offset of the line break ending the line that starts at {@code start}, or the text's length. */
    int endOfLine(int start) {
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          return i;
        }
      }
      return text.length();
    }

    /** Offset just past the line break at {@code eol}. */
    int startOfNextLine(int eol) {
      if (eol >= text.length()) {
        return text.length();
      }
      return text.startsWith("\r\n", eol) ? eol + 2 : eol + 1;
    }

    String lineAt(int start) {
      return text.substring(start, endOfLine(start));
    }

    boolean isBlankLineAt(int start) {
      return start < text.length() && lineAt(start).isBlank();
    }

    /** Start of the first non-blank line at or after the line starting at or after {@code from}, or -1. */
    int nextNonBlank(int from) {
      int i = from;
      while (i < text.length()) {
        int end = endOfLine(i);
        if (!text.substring(i, end).isBlank()) {
          return i;
        }
        i = startOfNextLine(end);
      }
      return -1;
    }
  }
}
