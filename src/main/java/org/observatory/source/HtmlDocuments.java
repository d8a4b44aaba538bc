package org.observatory.source;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;

/**
 * An HTML page into a {@link Document}: main text without boilerplate ({@link HtmlText}), footnote markers taken
 * out, metadata from the page's own tags ({@link HtmlMeta}; date source {@code meta}), else a leading dateline.
 * Stateless and thread-safe.
 */
public final class HtmlDocuments {

  private HtmlDocuments() {}

  /**
   * Reads a page.
   *
   * @param html the page source
   * @param origin where it came from; also the base for relative canonical URLs when it is an http(s) URL
   * @throws BadInputException naming {@code origin} when the page has no main text
   */
  public static Document parse(String html, String origin) {
    org.jsoup.nodes.Document page = Jsoup.parse(html, origin.startsWith("http") ? origin : "");
    HtmlMeta meta = HtmlMeta.of(page);
    String text = HtmlText.extract(page);
    if (text.isBlank()) {
      throw new BadInputException(origin, "HTML page has no text");
    }
    Footnotes.Stripped stripped = Footnotes.strip(text);
    String body = stripped.text();
    Optional<LocalDate> dateline = meta.published() == null ? Datelines.find(body, 0) : Optional.empty();
    LocalDate published = meta.published() != null ? meta.published() : dateline.orElse(null);
    String source = meta.published() != null ? "meta" : dateline.isPresent() ? Datelines.SOURCE : null;
    return new Document(DocumentIds.of(body), body, meta.title(), meta.outlet(), null, meta.url(), published,
        source, stripped.citations(), origin, null);
  }
}
