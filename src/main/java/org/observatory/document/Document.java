package org.observatory.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document ready for analysis. Immutable and thread-safe.
 *
 * @param id stable identifier: a hash of the normalised text (see {@link DocumentIds}), never null
 * @param text the analysed text; every offset in the analysis record points into it; never null or blank
 * @param title title when the source gives one or the text starts with one, else null
 * @param outlet publishing outlet name, else null
 * @param tagline the outlet's tagline from a header line, else null
 * @param url canonical URL, else null
 * @param published publication date the user or the source gave, else null (then the time stage infers a range)
 * @param publishedSource where {@code published} came from ({@code "option"}, {@code "input"}, {@code "meta"},
 *     {@code "dateline"}), null when {@code published} is null
 * @param citations citation markers taken out of the text, in text order, never null
 * @param origin where the document was read from (path, {@code "-"} for standard input, {@code file:line}), never null
 * @param externalId the id the input gave (JSON Lines {@code id}), else null
 */
public record Document(
    String id,
    String text,
    String title,
    String outlet,
    String tagline,
    String url,
    LocalDate published,
    String publishedSource,
    List<Citation> citations,
    String origin,
    String externalId) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    citations = List.copyOf(citations == null ? List.of() : citations);
  }

  /** A plain document: the text exactly, no metadata. */
  public static Document ofText(String text, String origin) {
    return new Document(DocumentIds.of(text), text, null, null, null, null, null, null, List.of(), origin, null);
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** A copy with the publication date set (as given by the user: source {@code "option"}). */
  public Document withPublished(LocalDate date, String source) {
    return new Document(id, text, title, outlet, tagline, url, date, date == null ? null : source, citations, origin,
        externalId);
  }

  public Document withExternalId(String newExternalId) {
    return new Document(id, text, title, outlet, tagline, url, published, publishedSource, citations, origin,
        newExternalId);
  }
}
