package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.NormalizationManager;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.observatory.corpus.NewsCorpus;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.nlp.TimexMention;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/** The HeidelTime pool: concurrent calls give the timexes one engine gives serially. */
class HeidelTimeParallelIT {

  private record Input(String text, Annotation annotation, LocalDate date) {}

  private static List<Input> inputs() throws Exception {
    Annotator annotator = Annotators.full();
    List<Input> out = new ArrayList<>();
    String seed = Files.readString(SharedData.requireSeed());
    out.add(input(annotator, seed, null));
    out.add(input(annotator, seed, LocalDate.of(2020, 2, 10)));
    SharedData.require(NewsCorpus.Source.GUARDIAN.file());
    for (Document d : NewsCorpus.documents(SharedData.dataDir(), NewsCorpus.Source.GUARDIAN, 0, 4)) {
      out.add(input(annotator, d.text(), d.published()));
      out.add(input(annotator, d.text(), null));
    }
    return out;
  }

  private static Input input(Annotator annotator, String text, LocalDate date) {
    return new Input(text, annotator.annotate(new AnnotationRequest(text, date)), date);
  }

  @Test
  void concurrentCallsGiveTheTimexesOfOneSerialEngine() throws Exception {
    List<Input> inputs = inputs();
    HeidelTimeTagger serialTagger = new HeidelTimeTagger(1);
    List<List<TimexMention>> serial = inputs.stream().map(i -> serialTagger.tag(i.text(), i.annotation(), i.date()))
        .toList();

    HeidelTimeTagger pool = new HeidelTimeTagger(3);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TimexMention>>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Input i : inputs) {
          futures.add(threads.submit(() -> pool.tag(i.text(), i.annotation(), i.date())));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(serial.get(k % inputs.size()));
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(serial).anyMatch(t -> !t.isEmpty());
    assertThat(pool.engines()).isBetween(2, 3);
  }

  @Test
  void everySharedNormalizationCacheIsSynchronizedOnceAnEngineExists() {
    new HeidelTimeTagger(1);

    var tables = NormalizationCaches.tables(NormalizationManager.getInstance(Language.ENGLISH, false));

    assertThat(tables).isNotEmpty().allSatisfy(t -> assertThat(NormalizationCaches.cacheOf(t))
        .isInstanceOf(NormalizationCaches.SynchronizedCache.class));
  }
}
