package org.observatory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.config.Config;
import org.observatory.pipeline.Pipeline;
import org.observatory.source.InputFormat;
import org.observatory.store.Store;
import org.observatory.store.StoreCounts;
import org.observatory.testing.Annotators;

/** Ingest through the real pipeline: one transaction per document, idempotent, a bad item never stops the batch. */
class IngestIT {

  private static ObservatoryService service;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadPipelineOnce() {
    Config config = Config.defaults();
    Pipeline pipeline = Pipelines.standard(config, Annotators.full());
    service = new ObservatoryService(config, () -> pipeline);
  }

  @Test
  void aBadFileInTheMiddleOfABatchIsReportedAndTheOthersAreStored() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Turkish troops entered Idlib on Sunday, the monitor said.");
    Path bad = Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3});
    Path c = Files.writeString(dir.resolve("c.txt"), "Russian jets struck Saraqib on Monday.");
    Path db = dir.resolve("store.db");

    IngestSummary s = service.ingest(List.of(a.toString(), bad.toString(), c.toString()), InputFormat.AUTO,
        java.time.LocalDate.of(2020, 2, 3), db, ProgressListener.NONE);

    assertThat(s.stored()).isEqualTo(2);
    assertThat(s.failures()).singleElement().satisfies(f -> assertThat(f.origin()).endsWith("b.txt"));
    try (Store store = Store.open(db)) {
      assertThat(store.counts().documents()).isEqualTo(2);
    }
  }

  @Test
  void ingestingTheSameTextAgainChangesNothing() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Syrian forces shelled Maarat al-Numan on Tuesday.");
    Path copy = Files.writeString(dir.resolve("copy.txt"), "Syrian forces  shelled Maarat al-Numan on Tuesday.\n");
    Path db = dir.resolve("store.db");

    IngestSummary first = service.ingest(List.of(a.toString()), InputFormat.AUTO, null, db, ProgressListener.NONE);
    StoreCounts before;
    try (Store store = Store.open(db)) {
      before = store.counts();
    }
    IngestSummary again = service.ingest(List.of(a.toString(), copy.toString()), InputFormat.AUTO, null, db,
        ProgressListener.NONE);

    assertThat(first.stored()).isEqualTo(1);
    assertThat(again.stored()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    try (Store store = Store.open(db)) {
      assertThat(store.counts()).isEqualTo(before);
    }
  }
}
