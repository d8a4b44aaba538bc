package org.observatory.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.observatory.config.DataPaths;
import org.observatory.core.DataMissingException;
import org.observatory.document.Document;

/**
 * The shared news corpora: the Guardian SDF sample (column {@code text}, ISO dates; its first header is empty) and
 * FA-KES (column {@code article_content}, US {@code M/d/yyyy} dates). Stateless.
 */
public final class NewsCorpus {

  /** Articles shorter than this (in UTF-16 code units) are left out of {@link #documents}. */
  public static final int MIN_CHARS = 200;

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/uuuu"));
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true).build();

  /** One corpus file and its text column. */
  public enum Source {
    GUARDIAN("news/Guardian_SDF_sample.csv", "text", "guardian"),
    FAKES("news/FA-KES-Dataset.csv", "article_content", "fakes");

    private final String file;
    private final String textColumn;
    private final String prefix;

    Source(String file, String textColumn, String prefix) {
      this.file = file;
      this.textColumn = textColumn;
      this.prefix = prefix;
    }

    public String file() {
      return file;
    }
  }

  /**
   * One row.
   *
   * @param origin {@code guardian:N} or {@code fakes:N}, N the CSV record number
   * @param text the article text as stored
   * @param date its date column, null when unreadable
   */
  public record Article(String origin, String text, LocalDate date) {

    /** The article as a document with the text exactly, dated by its date column (source {@code input}). */
    public Document toDocument() {
      Document d = Document.ofText(text, origin);
      return date == null ? d : d.withPublished(date, "input");
    }
  }

  private NewsCorpus() {}

  /** Every row of {@code source}; {@link DataMissingException} when the file is absent or unreadable. */
  public static List<Article> articles(Path dataDir, Source source) {
    Path csv = DataPaths.require(dataDir, source.file);
    List<Article> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSV.parse(r)) {
        out.add(new Article(source.prefix + ":" + rec.getRecordNumber(), rec.get(source.textColumn),
            date(rec.get("date"))));
      }
    } catch (IOException | RuntimeException e) {
      throw new DataMissingException(csv + ": cannot read as CSV: " + e.getMessage(), e);
    }
    return out;
  }

  /** Documents of at least {@link #MIN_CHARS} characters: {@code limit} of them after skipping {@code skip}. */
  public static List<Document> documents(Path dataDir, Source source, int skip, int limit) {
    return articles(dataDir, source).stream().filter(a -> a.text().length() >= MIN_CHARS).skip(skip).limit(limit)
        .map(Article::toDocument).toList();
  }

  /** Up to {@code limit} documents from the Guardian sample, then FA-KES. */
  public static List<Document> load(Path dataDir, int limit) {
    List<Document> out = new ArrayList<>(documents(dataDir, Source.GUARDIAN, 0, limit));
    out.addAll(documents(dataDir, Source.FAKES, 0, limit - out.size()));
    return out;
  }

  /** ISO {@code 2019-04-10} or US {@code 4/5/2017}; null when neither. */
  static LocalDate date(String s) {
    String v = s == null ? "" : s.strip();
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v, f);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }
}
