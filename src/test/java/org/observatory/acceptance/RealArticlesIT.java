package org.observatory.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.config.Config;
import org.observatory.document.Document;
import org.observatory.pipeline.Pipeline;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Quote;
import org.observatory.record.TimeExpression;
import org.observatory.service.Pipelines;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/**
 * Structural invariants on real articles from {@code ../shared/data/news}: offsets inside the text and pointing at
 * the text they name, every event has evidence, no event dated after the document date unless planned.
 */
class RealArticlesIT {

  private static final int PER_FILE = 4;
  private static Pipeline pipeline;

  static Stream<Article> articles() throws IOException {
    List<Article> out = new ArrayList<>();
    out.addAll(read(SharedData.require("news/Guardian_SDF_sample.csv"), "text", "date"));
    out.addAll(read(SharedData.require("news/FA-KES-Dataset.csv"), "article_content", "date"));
    return out.stream();
  }

  private static List<Article> read(Path csv, String textColumn, String dateColumn) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
        LocalDate date = parseDate(rec.get(dateColumn));
        String text = rec.get(textColumn);
        if (date != null && text.length() > 400) {
          out.add(new Article(csv.getFileName() + ":" + rec.getRecordNumber(), text, date));
        }
        if (out.size() == PER_FILE) {
          break;
        }
      }
    }
    return out;
  }

  private static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length())));
    } catch (RuntimeException e) {
      return null;
    }
  }

  record Article(String name, String text, LocalDate date) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipelines.standard(Config.defaults(), Annotators.full());
    }
    return pipeline;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void offsetsPointIntoTheTextAndEventsAreNotDatedAfterPublicationUnlessPlanned(Article article) {
    Document doc = Document.ofText(article.text(), article.name()).withPublished(article.date(), "input");
    AnalysisRecord r = pipeline().run(doc).record();
    String text = r.document().text();
    assertThat(text).isEqualTo(article.text());
    for (TimeExpression t : r.times()) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    for (Place p : r.places()) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
    }
    for (Quote q : r.quotes()) {
      assertThat(q.start()).isBetween(0, text.length());
      assertThat(q.end()).isBetween(q.start(), text.length());
    }
    for (Event e : r.events()) {
      assertThat(e.evidence()).as("evidence of %s", e.id()).isNotNull();
      assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
      assertThat(e.evidence().contains(org.observatory.core.Span.of(e.trigger().start(), e.trigger().end())))
          .as("trigger inside evidence for %s", e.id()).isTrue();
      String date = e.date() == null ? null : e.date().value();
      if (date != null && date.length() >= 10 && !e.modality().equals("planned")
          && !e.modality().equals("conditional")) {
        assertThat(date.substring(0, 10)).as("date of %s (%s)", e.id(), e.trigger().text())
            .isLessThanOrEqualTo(article.date().toString());
      }
    }
  }
}
