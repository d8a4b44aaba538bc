package org.observatory.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.observatory.corpus.NewsCorpus;
import org.observatory.config.Config;
import org.observatory.core.Span;
import org.observatory.record.DayInterval;
import org.observatory.document.Document;
import org.observatory.pipeline.Pipeline;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Quote;
import org.observatory.record.SourceLink;
import org.observatory.record.EventActor;
import org.observatory.record.TimeExpression;
import org.observatory.service.Pipelines;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/**
 * Structural invariants on real articles from {@code ../shared/data/news}: offsets inside the text and pointing at
 * the text they name, every event has evidence around its trigger, no event dated after the document date unless
 * planned or conditional.
 */
class RealArticlesIT {

  private static final int PER_FILE = 4;
  private static Pipeline pipeline;

  static Stream<Named> articles() {
    // every article comes with its own publication date, so the date invariant is checked on each
    Path data = SharedData.require("news").getParent();
    List<Named> out = new ArrayList<>();
    NewsCorpus.documents(data, NewsCorpus.Source.GUARDIAN, 0, PER_FILE).forEach(d -> out.add(new Named(d)));
    NewsCorpus.documents(data, NewsCorpus.Source.FAKES, 0, PER_FILE).forEach(d -> out.add(new Named(d)));
    return out.stream();
  }

  /** A document that prints as its origin in test names. */
  record Named(Document document) {
    @Override
    public String toString() {
      return document.origin();
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
  void offsetsPointIntoTheTextAndEventsAreNotDatedAfterPublicationUnlessPlanned(Named article) {
    Document doc = article.document();
    AnalysisRecord r = pipeline().run(doc).record();
    String text = r.document().text();
    assertThat(text).isEqualTo(doc.text());
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
      assertThat(e.evidence().contains(Span.of(e.trigger().start(), e.trigger().end())))
          .as("trigger inside evidence for %s", e.id()).isTrue();
      boolean mayBeLater = e.modality().equals("planned") || e.modality().equals("conditional");
      Optional<DayInterval> days = e.date() == null ? Optional.empty() : DayInterval.of(e.date());
      if (!mayBeLater && doc.published() != null && days.isPresent() && days.get().first() != null) {
        assertThat(days.get().first()).as("earliest day of %s (%s, %s)", e.id(), e.trigger().text(), e.date())
            .isBeforeOrEqualTo(doc.published());
      }
    }
  }

  /** The FA-KES article (its content, with its own date) that contains {@code sentence}. */
  private static Document fakes(String sentence) {
    Path data = SharedData.require("news").getParent();
    return NewsCorpus.articles(data, NewsCorpus.Source.FAKES).stream().filter(a -> a.text().contains(sentence))
        .findFirst().map(NewsCorpus.Article::toDocument).orElseThrow();
  }

  /**
   * FA-KES "Russian jets resume airstrikes on Aleppo" (2016-10-11): "The bombing by Russian jets mostly targeted
   * several neighbourhoods ..." has Russia as source, not the bombing; "(File photo)" is no source; "the
   * Britain-based Syria Observatory for Human Rights (SOHR) monitoring group said" puts no event in the United
   * Kingdom; and no attribution chain names the Observatory twice in a row.
   */
  @Test
  void realReportsCarryNoNonActorsNoMonitorBasesAndNoRepeatedSources() {
    AnalysisRecord r = pipeline().run(fakes("The bombing by Russian jets mostly targeted several neighbourhoods")).record();
    List<String> actors = r.events().stream().flatMap(e -> e.actors().stream())
        .filter(a -> !a.role().equals("participant")).map(EventActor::text).toList();
    assertThat(actors).noneMatch(t -> t.equalsIgnoreCase("The bombing") || t.toLowerCase().contains("photo"));
    assertThat(r.events()).noneMatch(e -> e.location() != null && "GB".equals(e.location().country()));
    for (Event e : r.events()) {
      List<SourceLink> links = e.attribution();
      for (int i = 1; i < links.size(); i++) {
        assertThat(links.get(i).name().replaceAll(" \\(.*\\)", ""))
            .as("chain of %s", e.id()).isNotEqualTo(links.get(i - 1).name().replaceAll(" \\(.*\\)", ""));
      }
    }
  }
}
