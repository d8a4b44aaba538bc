package org.observatory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.config.Config;
import org.observatory.corpus.NewsCorpus;
import org.observatory.document.Document;
import org.observatory.json.Json;
import org.observatory.pipeline.Pipeline;
import org.observatory.source.InputFormat;
import org.observatory.source.ReadResult;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/**
 * The real pipeline (CoreNLP, HeidelTime, gazetteer, events) gives byte-identical records whether a batch runs on one
 * thread or several.
 */
class ParallelAnalysisIT {

  private static ObservatoryService service;

  @BeforeAll
  static void loadPipelineOnce() {
    Config config = Config.defaults();
    Pipeline pipeline = Pipelines.standard(config, Annotators.full());
    service = new ObservatoryService(config, () -> pipeline);
  }

  /** The seed as read and with a given date, two dated Guardian articles and two FA-KES articles without a date. */
  private static List<Document> documents() {
    SharedData.requireSeed();
    SharedData.require(NewsCorpus.Source.GUARDIAN.file());
    SharedData.require(NewsCorpus.Source.FAKES.file());
    List<Document> docs = new ArrayList<>();
    Document seed = ((ReadResult.Success) service.read(List.of(SharedData.seed().toString()), InputFormat.AUTO)
        .get(0)).document();
    docs.add(seed);
    docs.add(seed.withPublished(LocalDate.of(2020, 2, 10), "option"));
    docs.addAll(NewsCorpus.documents(SharedData.dataDir(), NewsCorpus.Source.GUARDIAN, 0, 2));
    NewsCorpus.documents(SharedData.dataDir(), NewsCorpus.Source.FAKES, 0, 2)
        .forEach(d -> docs.add(Document.ofText(d.text(), d.origin() + ":undated")));
    return docs;
  }

  private static List<String> json(List<Document> docs, int threads) {
    List<String> out = new ArrayList<>();
    service.analyzeDocuments(docs, null, threads, o -> out.add(o instanceof AnalysisOutcome.Analysed a
        ? Json.compact(a.result().record()) : "failed: " + ((AnalysisOutcome.Failed) o).error().getMessage()));
    return out;
  }

  @Test
  void recordsAreIdenticalOnOneTwoAndThreeThreads() {
    List<Document> docs = documents();

    List<String> serial = json(docs, 1);
    List<String> two = json(docs, 2);
    List<String> three = json(docs, 3);

    assertThat(serial).hasSize(docs.size()).noneMatch(s -> s.startsWith("failed"));
    assertThat(serial.get(0)).isNotEqualTo(serial.get(1));
    assertThat(two).isEqualTo(serial);
    assertThat(three).isEqualTo(serial);
  }
}
