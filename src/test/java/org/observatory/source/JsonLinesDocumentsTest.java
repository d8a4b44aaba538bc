package org.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;

class JsonLinesDocumentsTest {

  private static final String FILE = String.join("\n",
      "{\"id\": \"a1\", \"text\": \"  Troops entered Idlib.\\n\", \"published\": \"2020-02-03\", \"title\": \"T\","
          + " \"outlet\": \"Gazette\", \"url\": \"https://g.example/a1\"}",
      "{\"id\": \"a2\", \"text\": ",
      "",
      "{\"id\": 3, \"text\": \"Talks resumed.\", \"published\": \"2019-10-22T10:00:00Z\"}",
      "{\"id\": \"a4\", \"title\": \"no text\"}",
      "{\"id\": \"a5\", \"text\": \"Shelling continued.\", \"published\": \"22/10/2019\"}",
      "{\"id\": \"a6\", \"text\": \"Shelling stopped.\"}",
      "");

  @Test
  void goodLinesBecomeDocumentsAndBadLinesFailureNamingTheirLine() {
    List<ReadResult> results = JsonLinesDocuments.parse(FILE, "in.jsonl");
    assertThat(results).extracting(ReadResult::origin)
        .containsExactly("in.jsonl:1", "in.jsonl:2", "in.jsonl:4", "in.jsonl:5", "in.jsonl:6", "in.jsonl:7");
    assertThat(results).extracting(r -> r instanceof ReadResult.Success)
        .containsExactly(true, false, true, false, false, true);
  }

  @Test
  void lineFieldsFillTheDocumentAndTheTextIsKeptExactly() {
    Document d = ((ReadResult.Success) JsonLinesDocuments.parse(FILE, "in.jsonl").get(0)).document();
    assertThat(d.text()).isEqualTo("  Troops entered Idlib.\n");
    assertThat(d.id()).isEqualTo(DocumentIds.of(d.text()));
    assertThat(d.externalId()).isEqualTo("a1");
    assertThat(d.published()).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(d.publishedSource()).isEqualTo("input");
    assertThat(d.title()).isEqualTo("T");
    assertThat(d.outlet()).isEqualTo("Gazette");
    assertThat(d.url()).isEqualTo("https://g.example/a1");
    assertThat(d.origin()).isEqualTo("in.jsonl:1");
  }

  @Test
  void numericIdsAndIsoDateTimesAreAccepted() {
    Document d = ((ReadResult.Success) JsonLinesDocuments.parse(FILE, "in.jsonl").get(2)).document();
    assertThat(d.externalId()).isEqualTo("3");
    assertThat(d.published()).isEqualTo(LocalDate.of(2019, 10, 22));
  }

  @Test
  void failuresSayWhatIsWrong() {
    List<ReadResult> results = JsonLinesDocuments.parse(FILE, "in.jsonl");
    assertThat(((ReadResult.Failure) results.get(1)).error().getMessage()).startsWith("in.jsonl:2: invalid JSON");
    assertThat(((ReadResult.Failure) results.get(3)).error().getMessage()).isEqualTo("in.jsonl:5: no \"text\" field");
    assertThat(((ReadResult.Failure) results.get(4)).error().getMessage())
        .startsWith("in.jsonl:6: bad \"published\" date '22/10/2019'");
  }
}
