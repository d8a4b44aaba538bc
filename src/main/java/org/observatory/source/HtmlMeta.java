package org.observatory.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata an HTML page states about itself: title ({@code og:title}, {@code <title>}, first {@code <h1>}),
 * publication date (meta tags such as {@code article:published_time}, {@code og:published_time}, {@code date},
 * {@code pubdate}, {@code DC.date}; JSON-LD {@code datePublished}; {@code <time datetime>}), canonical URL
 * ({@code link rel=canonical}, {@code og:url}) and outlet ({@code og:site_name}, {@code application-name}).
 * Read from the untouched page, before boilerplate removal. Stateless and thread-safe.
 *
 * @param title the title, or null
 * @param published the publication date, or null
 * @param url the canonical URL, or null
 * @param outlet the outlet name, or null
 */
record HtmlMeta(String title, LocalDate published, String url, String outlet) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATE_METAS = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[property=og:published_time]", "meta[property=og:article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
      "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=DC.date]", "meta[name=dcterms.date]",
      "meta[name=dcterms.issued]", "meta[name=dcterms.created]", "meta[name=sailthru.date]");
  private static final List<String> TIME_ELEMENTS = List.of(
      "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]",
      "time[datetime]");

  static HtmlMeta of(Document page) {
    return new HtmlMeta(title(page), published(page).orElse(null), url(page), outlet(page));
  }

  private static String title(Document page) {
    return firstNonBlank(
        content(page, "meta[property=og:title]"),
        content(page, "meta[name=twitter:title]"),
        page.title(),
        Optional.ofNullable(page.selectFirst("h1")).map(Element::text).orElse(null));
  }

  private static String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String href = canonical == null ? null : canonical.absUrl("href").isEmpty() ? canonical.attr("href")
        : canonical.absUrl("href");
    return firstNonBlank(href, content(page, "meta[property=og:url]"));
  }

  private static String outlet(Document page) {
    return firstNonBlank(content(page, "meta[property=og:site_name]"),
        content(page, "meta[name=application-name]"));
  }

  private static Optional<LocalDate> published(Document page) {
    Stream<String> metas = DATE_METAS.stream().map(s -> content(page, s));
    Stream<String> jsonLd = page.select("script[type=application/ld+json]").stream()
        .map(e -> datePublished(e.data()));
    Stream<String> times = TIME_ELEMENTS.stream().map(s -> page.selectFirst(s)).filter(e -> e != null)
        .map(e -> e.attr("datetime"));
    return Stream.of(metas, jsonLd, times).flatMap(s -> s)
        .filter(v -> v != null && !v.isBlank())
        .map(Dates::parseAny)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The first {@code datePublished} anywhere in a JSON-LD block, or null (also for malformed JSON). */
  static String datePublished(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      JsonNode found = node == null ? null : node.findValue("datePublished");
      return found != null && found.isTextual() ? found.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String content(Document page, String selector) {
    Element e = page.selectFirst(selector);
    return e == null ? null : e.attr("content");
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
