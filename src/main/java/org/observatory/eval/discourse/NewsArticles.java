package org.observatory.eval.discourse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.observatory.config.DataPaths;
import org.observatory.document.Document;

/**
 * Articles of the shared Guardian sample (columns {@code text}, {@code date}; its first header is empty, which
 * this reader allows), dated by their own date column.
 */
public final class NewsArticles {

  private static final String GUARDIAN = "news/Guardian_SDF_sample.csv";
  private static final int MIN_CHARS = 200;

  private NewsArticles() {}

  /** {@code limit} articles of at least {@value #MIN_CHARS} characters, after skipping the first {@code skip}. */
  public static List<Document> guardian(Path dataDir, int skip, int limit) {
    Path csv = DataPaths.require(dataDir, GUARDIAN);
    List<Document> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true).build();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : format.parse(r)) {
        if (out.size() >= skip + limit) {
          break;
        }
        String text = rec.get("text");
        if (text.length() >= MIN_CHARS) {
          Document d = Document.ofText(text, "guardian:" + rec.getRecordNumber());
          out.add(d.withPublished(LocalDate.parse(rec.get("date").strip().substring(0, 10)), "input"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(csv + ": " + e.getMessage(), e);
    }
    return out.subList(Math.min(skip, out.size()), out.size());
  }
}
