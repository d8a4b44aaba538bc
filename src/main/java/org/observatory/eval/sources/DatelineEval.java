package org.observatory.eval.sources;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.core.BadInputException;
import org.observatory.corpus.NewsCorpus;
import org.observatory.core.DataMissingException;
import org.observatory.document.Document;
import org.observatory.source.TextDocuments;

/**
 * Measures dateline dates against corpora with a known publication date: FA-KES ({@code news/FA-KES-Dataset.csv},
 * column {@code article_content}, date {@code M/D/YYYY}) and the Guardian sample ({@code news/Guardian_SDF_sample.csv},
 * column {@code text}, date ISO). A dateline date counts as correct when it equals the corpus date. Stateless.
 */
public final class DatelineEval {

  /**
   * Scores on one corpus.
   *
   * @param corpus file name
   * @param documents rows with a text and a parseable date
   * @param found rows where a dateline gave a date
   * @param correct of those, rows where it equals the corpus date
   * @param wrong examples of wrong dates (up to five), as {@code row: found vs expected}
   */
  public record CorpusScore(String corpus, int documents, int found, int correct, List<String> wrong) {

    public double coverage() {
      return documents == 0 ? 0 : (double) found / documents;
    }

    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }
  }

  /** The report: one score per corpus. */
  public record Report(List<CorpusScore> corpora) {

    public String render() {
      StringBuilder out = new StringBuilder("corpus                        docs  found  correct  coverage  precision\n");
      for (CorpusScore c : corpora) {
        out.append(String.format("%-28s %5d  %5d  %7d  %8.3f  %9.3f%n", c.corpus(), c.documents(), c.found(),
            c.correct(), c.coverage(), c.precision()));
        c.wrong().forEach(w -> out.append("  wrong: ").append(w).append('\n'));
      }
      return out.toString();
    }
  }



  /** Runs on both corpora under {@code dataDir}; {@link DataMissingException} when one is absent. */
  public Report run(Path dataDir) {
    List<CorpusScore> scores = new ArrayList<>();
    for (NewsCorpus.Source source : List.of(NewsCorpus.Source.FAKES, NewsCorpus.Source.GUARDIAN)) {
      scores.add(score(source.file(), NewsCorpus.articles(dataDir, source)));
    }
    return new Report(scores);
  }

  private static CorpusScore score(String file, List<NewsCorpus.Article> articles) {
    int documents = 0;
    int found = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    for (NewsCorpus.Article a : articles) {
      if (a.date() == null || a.text() == null || a.text().isBlank()) {
        continue;
      }
      documents++;
      Optional<LocalDate> got = dateline(a.text(), a.origin());
      if (got.isPresent()) {
        found++;
        if (got.get().equals(a.date())) {
          correct++;
        } else if (wrong.size() < 5) {
          wrong.add(a.origin() + ": " + got.get() + " vs " + a.date());
        }
      }
    }
    return new CorpusScore(Path.of(file).getFileName().toString(), documents, found, correct, List.copyOf(wrong));
  }

  private static Optional<LocalDate> dateline(String text, String origin) {
    try {
      Document d = TextDocuments.parse(text, origin);
      return "dateline".equals(d.publishedSource()) ? d.publishedDate() : Optional.empty();
    } catch (BadInputException e) {
      return Optional.empty();
    }
  }


}
