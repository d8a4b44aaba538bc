package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.store.Records.actor;
import static org.observatory.store.Records.day;
import static org.observatory.store.Records.event;
import static org.observatory.store.Records.place;
import static org.observatory.store.Records.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.StoreException;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.Event;

class StoreTest {

  @TempDir
  Path dir;

  private Store store;

  private final AnalysisRecord convoy = record("doc1", List.of(
      event("doc1", 1, "MOBILIZE", day("2020-02-02"), place("Kafr Lusin", "Idlib"),
          actor("source", "Turkey", "Turkey")),
      event("doc1", 2, "THREATEN", day("2020-01-31"), null, actor("source", "Erdogan", "Recep Tayyip Erdogan"),
          actor("target", "Syrian government forces", "Syria")),
      event("doc1", 3, "AGREE", new DateValue("2019-10", "month", "in October", "explicit", null, null),
          place("Sochi", "Krasnodar Krai"), actor("participant", "Moscow", "Russia"))));
  private final AnalysisRecord clash = record("doc2", List.of(
      event("doc2", 1, "ASSAULT", new DateValue("2020-02-01", "day", null, "inferred", "2020-01-28", "2020-02-05"),
          place("\u00c7anakkale", "\u00c7anakkale"), actor("source", "\u00c9tat Islamique", "Islamic State")),
      event("doc2", 2, "ASSAULT", DateValue.unresolved("some day"), place("Aleppo", "Aleppo"))));

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("nested/dirs/observatory.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void openCreatesParentDirectoriesAndTheSchema() {
    assertThat(Files.exists(dir.resolve("nested/dirs/observatory.db"))).isTrue();
    assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0));
  }

  @Test
  void puttingTheSameDocumentTwiceChangesNothingTheSecondTime() {
    assertThat(store.put(convoy)).isEqualTo(new StoreResult("doc1", StoreResult.Status.STORED, 3));
    assertThat(store.put(convoy)).isEqualTo(new StoreResult("doc1", StoreResult.Status.UNCHANGED, 3));
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 3));
  }

  @Test
  void reopeningTheFileKeepsWhatWasStored() {
    store.put(convoy);
    store.close();
    store = Store.open(dir.resolve("nested/dirs/observatory.db"));
    assertThat(store.put(convoy).status()).isEqualTo(StoreResult.Status.UNCHANGED);
    assertThat(store.counts().events()).isEqualTo(3);
  }

  @Test
  void failingPutRollsBackAndLeavesEarlierDocumentsIntact() {
    store.put(convoy);
    Event dup = event("doc3", 1, "ASSAULT", day("2020-02-02"), null);
    AnalysisRecord broken = record("doc3", List.of(dup, dup));
    assertThatThrownBy(() -> store.put(broken))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("observatory.db")
        .hasMessageContaining("doc3");
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 3));
    assertThat(store.contains("doc3")).isFalse();
    assertThat(store.put(clash).status()).isEqualTo(StoreResult.Status.STORED);
    assertThat(store.counts()).isEqualTo(new StoreCounts(2, 5));
  }

  @Test
  void replaceSwapsTheRecordOfADocumentInOneGo() {
    store.put(convoy);
    AnalysisRecord fewer = record("doc1", List.of(event("doc1", 1, "CONSULT", day("2020-02-04"), null)));
    assertThat(store.replace(fewer).status()).isEqualTo(StoreResult.Status.REPLACED);
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1));
    assertThat(store.events(EventQuery.all())).extracting(e -> e.event().type()).containsExactly("CONSULT");
  }

  @Test
  void storedRecordReadsBackEqualToWhatWasPut() {
    store.put(convoy);
    assertThat(store.record("doc1")).contains(convoy);
    assertThat(store.record("nope")).isEmpty();
  }

  @Test
  void eventsComeBackWholeSortedByDate() {
    store.put(convoy);
    store.put(clash);
    List<StoredEvent> all = store.events(EventQuery.all());
    assertThat(all).extracting(e -> e.event().id())
        .containsExactly("doc1/e3", "doc2/e1", "doc1/e2", "doc1/e1", "doc2/e2");
    assertThat(all.get(3)).isEqualTo(new StoredEvent("doc1", convoy.events().get(0)));
  }

  @Test
  void dateWindowMatchesEventsWhoseRangeOverlapsIt() {
    store.put(convoy);
    store.put(clash);
    EventQuery feb = EventQuery.all().withSince(LocalDate.of(2020, 2, 2)).withUntil(LocalDate.of(2020, 2, 2));
    assertThat(ids(feb)).containsExactly("doc2/e1", "doc1/e1");
    assertThat(ids(EventQuery.all().withSince(LocalDate.of(2019, 10, 31)).withUntil(LocalDate.of(2019, 11, 1))))
        .containsExactly("doc1/e3");
    assertThat(ids(EventQuery.all().withUntil(LocalDate.of(2020, 1, 27)))).containsExactly("doc1/e3");
  }

  @Test
  void undatedEventsMatchNoDateFilter() {
    store.put(clash);
    assertThat(ids(EventQuery.all().withSince(LocalDate.of(1900, 1, 1)))).containsExactly("doc2/e1");
  }

  @Test
  void placeFilterIsACaseInsensitiveSubstringOfNameOrAdmin1() {
    store.put(convoy);
    store.put(clash);
    assertThat(ids(EventQuery.all().withPlace("idlib"))).containsExactly("doc1/e1");
    assertThat(ids(EventQuery.all().withPlace("LUSIN"))).containsExactly("doc1/e1");
    assertThat(ids(EventQuery.all().withPlace("\u00e7anak"))).containsExactly("doc2/e1");
  }

  @Test
  void actorFilterMatchesCanonicalNameOrMentionText() {
    store.put(convoy);
    store.put(clash);
    assertThat(ids(EventQuery.all().withActor("erdogan"))).containsExactly("doc1/e2");
    assertThat(ids(EventQuery.all().withActor("moscow"))).containsExactly("doc1/e3");
    assertThat(ids(EventQuery.all().withActor("syria"))).containsExactly("doc1/e2");
    assertThat(ids(EventQuery.all().withActor("\u00e9tat"))).containsExactly("doc2/e1");
  }

  @Test
  void typeFilterMatchesPloverOrAcledTypes() {
    store.put(convoy);
    store.put(clash);
    assertThat(ids(EventQuery.all().withType("assault"))).containsExactly("doc2/e1", "doc2/e2");
    assertThat(ids(EventQuery.all().withType("Strategic developments"))).containsExactly("doc1/e1");
    assertThat(ids(EventQuery.all().withType("headquarters or base established"))).containsExactly("doc1/e1");
  }

  @Test
  void limitCutsTheSortedList() {
    store.put(convoy);
    assertThat(ids(EventQuery.all().withLimit(2))).containsExactly("doc1/e3", "doc1/e2");
  }

  @Test
  void queryFromOptionValuesParsesDatesAndRejectsBadOnes() {
    assertThat(EventQuery.of("2020-02-01", null, " ", null, null, null))
        .isEqualTo(EventQuery.all().withSince(LocalDate.of(2020, 2, 1)));
    assertThatThrownBy(() -> EventQuery.of("02/01/2020", null, null, null, null, null))
        .hasMessageContaining("--since");
  }

  @Test
  void fileThatIsNotADatabaseIsAStoreErrorNamingIt() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.db"), "this is not sqlite, just some words of text".repeat(50));
    assertThatThrownBy(() -> Store.open(junk)).isInstanceOf(StoreException.class)
        .hasMessageContaining("junk.db");
  }

  private List<String> ids(EventQuery q) {
    return store.events(q).stream().map(e -> e.event().id()).toList();
  }
}
