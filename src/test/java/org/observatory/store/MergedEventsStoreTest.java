package org.observatory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.store.Records.day;
import static org.observatory.store.Records.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.merge.Member;
import org.observatory.merge.MergedEvent;
import org.observatory.merge.Source;
import org.observatory.record.Acled;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.SourceLink;
import org.observatory.record.Trigger;

class MergedEventsStoreTest {

  @TempDir
  Path dir;

  private Store store;

  private static final Place SARAQIB = town("Saraqib", 35.8647, 36.8006);
  private static final Place LATAKIA = town("Latakia", 35.5317, 35.7901);

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void twoOutletsReportingOneStrikeAreStoredAsOneMergedEventWithTwoSources() {
    store = Store.open(dir.resolve("o.db"));
    store.put(record("reuters1", "Reuters", List.of(strike("reuters1/e1", "Reuters", SARAQIB, day("2020-02-02")))));
    store.put(record("afp1", "AFP", List.of(strike("afp1/e1", "AFP", SARAQIB, day("2020-02-02")))));
    List<MergedEvent> merged = store.mergedEvents(EventQuery.all());
    assertThat(merged).hasSize(1);
    MergedEvent m = merged.get(0);
    assertThat(m.id()).isEqualTo("afp1/e1");
    assertThat(m.outlets()).containsExactly("AFP", "Reuters");
    assertThat(m.sources()).extracting(Source::documentId).containsExactly("afp1", "reuters1");
    assertThat(m.sources().get(1).chain()).extracting(SourceLink::name).containsExactly("SOHR", "Reuters");
    assertThat(store.counts().events()).isEqualTo(2);
  }

  @Test
  void puttingTheSameRecordTwiceLeavesTheMergedEventsAsTheyWere() {
    store = Store.open(dir.resolve("o.db"));
    AnalysisRecord r = record("reuters1", "Reuters", List.of(strike("reuters1/e1", "Reuters", SARAQIB,
        day("2020-02-02"))));
    store.put(r);
    store.put(record("afp1", "AFP", List.of(strike("afp1/e1", "AFP", SARAQIB, day("2020-02-02")))));
    List<MergedEvent> before = store.mergedEvents(EventQuery.all());
    assertThat(store.put(r).status()).isEqualTo(StoreResult.Status.UNCHANGED);
    assertThat(store.mergedEvents(EventQuery.all())).isEqualTo(before);
  }

  @Test
  void aThirdReportJoinsTheMergedEventAndItsIdStays() {
    store = Store.open(dir.resolve("o.db"));
    store.put(record("b", "Reuters", List.of(strike("b/e1", "Reuters", SARAQIB, day("2020-02-02")))));
    store.put(record("c", "AFP", List.of(strike("c/e1", "AFP", SARAQIB, day("2020-02-02")))));
    store.put(record("d", "SANA", List.of(strike("d/e1", "SANA", SARAQIB,
        new DateValue("2020-02", "month", null, "explicit", null, null)))));
    MergedEvent m = store.mergedEvents(EventQuery.all()).get(0);
    assertThat(m.id()).isEqualTo("b/e1");
    assertThat(m.members()).extracting(Member::eventId).containsExactly("b/e1", "c/e1", "d/e1");
    assertThat(m.conflicts()).extracting(c -> c.field()).containsExactly("date");
  }

  @Test
  void storingInAnotherOrderGivesTheSameMergedEvents() {
    List<AnalysisRecord> records = List.of(
        record("b", "Reuters", List.of(strike("b/e1", "Reuters", SARAQIB, day("2020-02-02")))),
        record("c", "AFP", List.of(strike("c/e1", "AFP", LATAKIA, day("2020-02-02")),
            strike("c/e2", "AFP", SARAQIB, day("2020-02-02")))),
        record("a", "SANA", List.of(strike("a/e1", "SANA", LATAKIA, day("2020-02-02")))));
    store = Store.open(dir.resolve("one.db"));
    records.forEach(store::put);
    List<MergedEvent> forwards = store.mergedEvents(EventQuery.all());
    store.close();
    store = Store.open(dir.resolve("two.db"));
    for (int i = records.size() - 1; i >= 0; i--) {
      store.put(records.get(i));
    }
    assertThat(store.mergedEvents(EventQuery.all())).isEqualTo(forwards);
    assertThat(forwards).extracting(MergedEvent::id).containsExactly("a/e1", "b/e1");
  }

  @Test
  void replacingADocumentMergesItsNewEventsAndReleasesTheOldOnes() {
    store = Store.open(dir.resolve("o.db"));
    store.put(record("b", "Reuters", List.of(strike("b/e1", "Reuters", SARAQIB, day("2020-02-02")))));
    store.put(record("c", "AFP", List.of(strike("c/e1", "AFP", SARAQIB, day("2020-02-02")))));
    store.replace(record("b", "Reuters", List.of(strike("b/e1", "Reuters", LATAKIA, day("2020-02-02")))));
    List<MergedEvent> merged = store.mergedEvents(EventQuery.all());
    assertThat(merged).extracting(MergedEvent::id).containsExactly("b/e1", "c/e1");
    assertThat(merged.get(0).location().name()).isEqualTo("Latakia");
    assertThat(merged).allSatisfy(m -> assertThat(m.reports()).isEqualTo(1));
  }

  @Test
  void mergedEventsAreFilteredByTheirMembersLikeEvents() {
    store = Store.open(dir.resolve("o.db"));
    store.put(record("b", "Reuters", List.of(strike("b/e1", "Reuters", SARAQIB, day("2020-02-02")),
        strike("b/e2", "Reuters", LATAKIA, day("2020-03-05")))));
    store.put(record("c", "AFP", List.of(strike("c/e1", "AFP", SARAQIB, day("2020-02-02")))));
    assertThat(ids(EventQuery.all())).containsExactly("b/e1", "b/e2");
    assertThat(ids(EventQuery.all().withPlace("latakia"))).containsExactly("b/e2");
    assertThat(ids(EventQuery.all().withSince(LocalDate.of(2020, 3, 1)))).containsExactly("b/e2");
    assertThat(ids(EventQuery.all().withType("air/drone strike").withLimit(1))).containsExactly("b/e1");
    assertThat(ids(EventQuery.all().withActor("turkey"))).isEmpty();
  }

  @Test
  void aVersionOneStoreIsMigratedByMergingItsStoredEvents() throws SQLException, JsonProcessingException {
    Path file = dir.resolve("v1.db");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
      for (String ddl : Schema.CREATE) {
        st.execute(ddl);
      }
      st.execute("PRAGMA user_version = 1");
      new RecordRows(db).insert(record("b", "Reuters", List.of(strike("b/e1", "Reuters", SARAQIB,
          day("2020-02-02")))));
      new RecordRows(db).insert(record("c", "AFP", List.of(strike("c/e1", "AFP", SARAQIB, day("2020-02-02")),
          strike("c/e2", "AFP", LATAKIA, day("2020-02-02")))));
    }
    store = Store.open(file);
    assertThat(store.mergedEvents(EventQuery.all())).extracting(MergedEvent::id, MergedEvent::reports)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("b/e1", 2), org.assertj.core.groups.Tuple.tuple(
            "c/e2", 1));
    store.close();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      assertThat(rs.getInt(1)).isEqualTo(Schema.VERSION).isEqualTo(2);
    }
    store = Store.open(file);
    assertThat(store.mergedEvents(EventQuery.all())).hasSize(2);
  }

  private List<String> ids(EventQuery q) {
    return store.mergedEvents(q).stream().map(MergedEvent::id).toList();
  }

  private static Place town(String name, double lat, double lon) {
    return new Place(name, 0, name.length(), name, null, lat, lon, "SY", null, "PPL", "locality", true, 1.0, null,
        Provenance.of("places", "test", Span.of(0, name.length())));
  }

  private static Event strike(String id, String outlet, Place where, DateValue date) {
    return new Event(id, "ASSAULT", null, new Acled("Explosions/Remote violence", "Air/drone strike"),
        new Trigger("struck", 0, 6), List.of(new EventActor("source", "Russian jets", "Russia", "RUS", "military")),
        where, date, "reported", List.of(new SourceLink("SOHR", "monitor", Span.of(10, 14)),
            new SourceLink(outlet, "outlet", null)), Span.of(0, 40), null, null,
        Provenance.of("events", "test", Span.of(0, 40)));
  }
}
