package org.observatory.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.observatory.document.Document;

/**
 * Reads the shared news corpora (CSV with a text column and a date column) as documents dated by their own date
 * column. Used by benchmarks; not a general input format.
 */
public final class NewsCorpus {

  private static final int MIN_CHARS = 200;
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/uuuu"));

  private NewsCorpus() {}

  /** Up to {@code limit} documents of at least 200 characters from the Guardian sample, then FA-KES. */
  public static List<Document> load(Path dataDir, int limit) {
    List<Document> out = new ArrayList<>(guardian(dataDir, limit));
    out.addAll(faKes(dataDir, limit - out.size()));
    return out;
  }

  /** Up to {@code limit} articles of the Guardian SDF sample, dated by their {@code date} column. */
  public static List<Document> guardian(Path dataDir, int limit) {
    List<Document> out = new ArrayList<>();
    read(DataPaths.require(dataDir, "news/Guardian_SDF_sample.csv"), "text", "date", limit, out);
    return out;
  }

  /** Up to {@code limit} articles of FA-KES, dated by their {@code date} column. */
  public static List<Document> faKes(Path dataDir, int limit) {
    List<Document> out = new ArrayList<>();
    read(DataPaths.require(dataDir, "news/FA-KES-Dataset.csv"), "article_content", "date", limit, out);
    return out;
  }

  private static void read(Path csv, String textColumn, String dateColumn, int limit, List<Document> out) {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build().parse(r)) {
        if (out.size() >= limit) {
          return;
        }
        String text = rec.get(textColumn);
        LocalDate date = date(rec.get(dateColumn));
        if (text.length() >= MIN_CHARS) {
          Document d = Document.ofText(text, csv.getFileName() + ":" + rec.getRecordNumber());
          out.add(date == null ? d : d.withPublished(date, "input"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(csv + ": " + e.getMessage(), e);
    }
  }

  /** ISO {@code 2019-04-10} (Guardian) or US {@code 4/5/2017} (FA-KES); null when neither. */
  static LocalDate date(String s) {
    String v = s.strip();
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
