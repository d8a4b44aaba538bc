package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.store.Records.actor;
import static org.observatory.store.Records.day;
import static org.observatory.store.Records.event;
import static org.observatory.store.Records.place;
import static org.observatory.store.Records.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.ConfigException;
import org.observatory.record.AnalysisRecord;

class TextSearchTest {

  @TempDir
  Path dir;

  private final AnalysisRecord convoy = record("doc1", List.of(
      event("doc1", 1, "MOBILIZE", day("2020-02-02"), place("Kafr Lusin", "Idlib"),
          actor("source", "Turkish convoys", "Turkey")),
      event("doc1", 2, "THREATEN", day("2020-01-31"), null,
          actor("source", "Erdogan", "Recep Tayyip Erdogan"))));
  private final AnalysisRecord clash = record("doc2", List.of(
      event("doc2", 1, "ASSAULT", day("2020-02-01"), place("Aleppo", "Aleppo"),
          actor("source", "Islamic State", "Islamic State"))));

  @Test
  void wordsFindTheEventsWhoseActorsPlaceOrTriggerContainThemAll() {
    try (Store store = Store.open(dir.resolve("o.db"))) {
      store.put(convoy);
      store.put(clash);
      assertThat(ids(store, EventQuery.all().withText("erdogan"))).containsExactly("doc1/e2");
      assertThat(ids(store, EventQuery.all().withText("sent Aleppo"))).containsExactly("doc2/e1");
      assertThat(ids(store, EventQuery.all().withText("\"Kafr Lusin\""))).containsExactly("doc1/e1");
      assertThat(ids(store, EventQuery.all().withText("nowhere"))).isEmpty();
    }
  }

  @Test
  void englishStemmingLetASingularFindAPlural() {
    try (Store store = Store.open(dir.resolve("o.db"))) {
      store.put(convoy);
      assertThat(ids(store, EventQuery.all().withText("convoy"))).containsExactly("doc1/e1");
    }
  }

  @Test
  void textCombinesWithTheOtherFiltersAndWithMergedEvents() {
    try (Store store = Store.open(dir.resolve("o.db"))) {
      store.put(convoy);
      store.put(clash);
      assertThat(ids(store, EventQuery.all().withText("sent").withType("ASSAULT"))).containsExactly("doc2/e1");
      assertThat(store.mergedEvents(EventQuery.all().withText("erdogan"))).hasSize(1);
    }
  }

  @Test
  void replacingADocumentDropsTheEntriesOfItsFormerEvents() {
    try (Store store = Store.open(dir.resolve("o.db"))) {
      store.put(convoy);
      store.replace(record("doc1", List.of(convoy.events().get(0))));
      assertThat(ids(store, EventQuery.all().withText("erdogan"))).isEmpty();
      assertThat(ids(store, EventQuery.all().withText("convoy"))).containsExactly("doc1/e1");
    }
  }

  @Test
  void aLostTextIndexIsRebuiltFromTheDatabaseBeforeTheFirstTextSearchAfterOpening() throws IOException {
    Path db = dir.resolve("o.db");
    try (Store store = Store.open(db)) {
      store.put(convoy);
    }
    deleteTree(TextIndex.beside(db));
    try (Store store = Store.open(db)) {
      assertThat(ids(store, EventQuery.all().withText("erdogan"))).containsExactly("doc1/e2");
    }
  }

  @Test
  void aQueryThatDoesNotParseIsAConfigErrorNamingTheOption() {
    try (Store store = Store.open(dir.resolve("o.db"))) {
      store.put(convoy);
      assertThatThrownBy(() -> store.events(EventQuery.all().withText("\"unbalanced")))
          .isInstanceOf(ConfigException.class).hasMessageContaining("--text");
    }
  }

  private static List<String> ids(Store store, EventQuery q) {
    return store.events(q).stream().map(e -> e.event().id()).toList();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
