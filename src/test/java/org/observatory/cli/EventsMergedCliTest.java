package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.json.Json;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DateValue;
import org.observatory.record.DocumentInfo;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.SourceLink;
import org.observatory.record.Trigger;
import org.observatory.store.Store;
import picocli.CommandLine;

/** {@code observatory events --merged}: one line (or JSON object) per merged event. */
class EventsMergedCliTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void storeTwoReportsOfOneStrikeAndAnotherEvent() {
    db = dir.resolve("o.db");
    try (Store store = Store.open(db)) {
      store.put(record("d1", "Reuters", "2020-02-02", "2020-02-02"));
      store.put(record("d2", "AFP", "2020-02", "2020-03-09"));
    }
  }

  @Test
  void theMergedTableHasOneLinePerRealEventWithItsReportsOutletsAndConflicts() {
    String out = run("events", "--merged", "--db", db.toString());
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).contains("date", "type", "place", "reports", "outlets", "conflicts");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).contains("2020-02-02", "ASSAULT", "Saraqib", " 2 ", "Reuters, AFP", "yes", "d1/e1");
    assertThat(lines.get(2)).contains("2020-03-09", " 1 ", "AFP", "no", "d2/e2");
    assertThat(lines.get(3)).isEqualTo("2 merged event(s)");
  }

  @Test
  void theMergedJsonListsMembersSourcesAndConflicts() throws Exception {
    JsonNode json = Json.mapper().readTree(run("events", "--merged", "--format", "json", "--db", db.toString()));
    assertThat(json).hasSize(2);
    JsonNode first = json.get(0);
    assertThat(first.get("id").asText()).isEqualTo("d1/e1");
    assertThat(first.get("members")).hasSize(2);
    assertThat(first.get("sources").get(1).get("documentId").asText()).isEqualTo("d2");
    assertThat(first.get("conflicts").get(0).get("field").asText()).isEqualTo("date");
  }

  @Test
  void withoutTheFlagEveryReportIsListed() {
    assertThat(run("events", "--db", db.toString())).contains("3 event(s)");
  }

  private String run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute(args)).isEqualTo(ExitCodes.OK);
    return out.toString();
  }

  private static AnalysisRecord record(String doc, String outlet, String date, String secondDate) {
    List<Event> events = List.of(strike(doc + "/e1", outlet, date));
    if (!date.equals(secondDate)) {
      events = List.of(events.get(0), strike(doc + "/e2", outlet, secondDate));
    }
    DocumentInfo info = new DocumentInfo(doc, "Title", outlet, null, null, "Text of " + doc,
        new Published("2020-03-10", "option", null, null, null), List.of(), "test");
    return new AnalysisRecord(AnalysisRecord.SCHEMA, info, List.of(), List.of(), List.of(), List.of(), List.of(),
        events, List.of(), null);
  }

  private static Event strike(String id, String outlet, String date) {
    Place saraqib = new Place("Saraqib", 0, 7, "Saraqib", null, 35.8647, 36.8006, "SY", "Idlib", "PPL", "locality",
        true, null, null, Provenance.of("places", "test", Span.of(0, 7)));
    return new Event(id, "ASSAULT", null, null, new Trigger("struck", 0, 6),
        List.of(new EventActor("source", "Russian jets", "Russia", "RUS", "military")), saraqib,
        new DateValue(date, date.length() == 7 ? "month" : "day", null, "explicit", null, null), "asserted",
        List.of(new SourceLink(outlet, "outlet", null)), Span.of(0, 7), null, null,
        Provenance.of("events", "test", Span.of(0, 7)));
  }
}
