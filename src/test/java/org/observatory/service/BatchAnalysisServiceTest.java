package org.observatory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.config.Config;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Pipeline;
import org.observatory.pipeline.RecordAssembler;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.source.InputFormat;
import org.observatory.store.Store;

/** The batch path with a fake pipeline: input order, failures that do not stop the batch, the same result on N threads. */
class BatchAnalysisServiceTest {

  @TempDir
  Path dir;

  /** Fails on texts containing "unreadable"; makes earlier documents slower, so workers finish out of order. */
  private static final class SlowFailingStage implements Stage {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public Set<Slot<?>> needs() {
      return Set.of(Slot.DOCUMENT);
    }

    @Override
    public Set<Slot<?>> adds() {
      return Set.of();
    }

    @Override
    public AnalysisState apply(AnalysisState state) {
      String text = state.document().text();
      if (text.contains("unreadable")) {
        throw new BadInputException(state.document().origin(), "unreadable");
      }
      sleep(Math.max(0, 40 - 4 * Integer.parseInt(text.replaceAll("\\D", ""))));
      return state;
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static ObservatoryService service() {
    Pipeline fake = new Pipeline(List.of(new SlowFailingStage()), new RecordAssembler());
    return new ObservatoryService(Config.defaults(), () -> fake);
  }

  private static List<Document> documents() {
    return IntStream.range(0, 10)
        .mapToObj(i -> Document.ofText(i == 3 || i == 7 ? "document " + i + " unreadable" : "document " + i, "d" + i))
        .toList();
  }

  private static List<String> describe(List<AnalysisOutcome> outcomes) {
    return outcomes.stream().map(o -> o.origin() + (o instanceof AnalysisOutcome.Failed ? " failed" : " ok")).toList();
  }

  @Test
  void aFailingDocumentDoesNotStopTheOthersAndOutcomesKeepInputOrderOnSeveralThreads() {
    List<AnalysisOutcome> outcomes = new ArrayList<>();
    List<Thread> sinkThreads = new ArrayList<>();

    service().analyzeDocuments(documents(), null, 3, o -> {
      outcomes.add(o);
      sinkThreads.add(Thread.currentThread());
    });

    assertThat(describe(outcomes)).containsExactly("d0 ok", "d1 ok", "d2 ok", "d3 failed", "d4 ok", "d5 ok", "d6 ok",
        "d7 failed", "d8 ok", "d9 ok");
    assertThat(sinkThreads).containsOnly(Thread.currentThread());
  }

  @Test
  void severalThreadsGiveTheSameOutcomesAsOne() {
    List<AnalysisOutcome> serial = new ArrayList<>();
    List<AnalysisOutcome> parallel = new ArrayList<>();

    service().analyzeDocuments(documents(), null, 1, serial::add);
    service().analyzeDocuments(documents(), null, 4, parallel::add);

    assertThat(records(parallel)).isEqualTo(records(serial));
    assertThat(describe(parallel)).isEqualTo(describe(serial));
  }

  private static List<Object> records(List<AnalysisOutcome> outcomes) {
    return outcomes.stream().<Object>map(o -> o instanceof AnalysisOutcome.Analysed a ? a.result().record()
        : o.origin()).toList();
  }

  @Test
  void ingestOnSeveralThreadsStoresTheGoodFilesAndReportsProgressInInputOrder() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String text = i == 2 ? "document 2 unreadable" : "document " + i;
      inputs.add(Files.writeString(dir.resolve("doc" + i + ".txt"), text).toString());
    }
    List<String> progress = new ArrayList<>();
    Path db = dir.resolve("store.db");

    IngestSummary s = service().ingest(inputs, InputFormat.AUTO, null, db, 3,
        (done, total, origin) -> progress.add(done + "/" + total + " " + Path.of(origin).getFileName()));

    assertThat(s.stored()).isEqualTo(7);
    assertThat(s.failures()).singleElement().satisfies(f -> assertThat(f.origin()).endsWith("doc2.txt"));
    assertThat(progress).containsExactly("1/8 doc0.txt", "2/8 doc1.txt", "3/8 doc2.txt", "4/8 doc3.txt",
        "5/8 doc4.txt", "6/8 doc5.txt", "7/8 doc6.txt", "8/8 doc7.txt");
    try (Store store = Store.open(db)) {
      assertThat(store.counts().documents()).isEqualTo(7);
    }
  }

  @Test
  void ingestingAgainOnSeveralThreadsLeavesEveryStoredDocumentUnchanged() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      inputs.add(Files.writeString(dir.resolve("doc" + i + ".txt"), "document " + i).toString());
    }
    Path db = dir.resolve("store.db");
    service().ingest(inputs, InputFormat.AUTO, null, db, 2, ProgressListener.NONE);

    IngestSummary again = service().ingest(inputs, InputFormat.AUTO, null, db, 2, ProgressListener.NONE);

    assertThat(again.stored()).isZero();
    assertThat(again.unchanged()).isEqualTo(5);
  }
}
