package org.observatory.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;

/**
 * JSON Lines into documents: one object per line with {@code text} (required, not blank) and optional {@code id}
 * (string or number; becomes {@link Document#externalId()}), {@code published} ({@code YYYY-MM-DD} or an ISO
 * date-time; source {@code input}), {@code title}, {@code outlet}, {@code url}. Other fields are ignored; blank lines
 * are skipped. Each line's {@code text} is the document's text exactly. A bad line (invalid JSON, no text, a bad
 * date, a field of the wrong type) becomes a failure naming {@code file:line}; the other lines go through. Without a
 * {@code published} field a leading dateline may set the date. Stateless and thread-safe.
 */
public final class JsonLinesDocuments {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonLinesDocuments() {}

  /**
   * Reads every line of {@code content}.
   *
   * @param content the decoded file
   * @param name the input's name; line origins are {@code name:lineNumber} (1-based)
   * @return one result per non-blank line, in order
   */
  public static List<ReadResult> parse(String content, String name) {
    List<ReadResult> results = new ArrayList<>();
    String[] lines = content.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String origin = name + ":" + (i + 1);
      try {
        results.add(new ReadResult.Success(line(lines[i], origin)));
      } catch (BadInputException e) {
        results.add(new ReadResult.Failure(e));
      }
    }
    return results;
  }

  /** One line as a document; {@link BadInputException} naming {@code origin} when it is not a valid object. */
  static Document line(String line, String origin) {
    JsonNode node = readObject(line, origin);
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new BadInputException(origin, "no \"text\" field");
    }
    if (!text.isTextual() || text.asText().isBlank()) {
      throw new BadInputException(origin, "\"text\" must be a non-empty string");
    }
    String body = text.asText();
    LocalDate published = published(node, origin);
    LocalDate dated = published != null ? published : Datelines.find(body, 0).orElse(null);
    String source = published != null ? "input" : dated != null ? Datelines.SOURCE : null;
    return new Document(DocumentIds.of(body), body, string(node, "title", origin), string(node, "outlet", origin),
        null, string(node, "url", origin), dated, source, List.of(), origin, id(node, origin));
  }

  private static JsonNode readObject(String line, String origin) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        throw new BadInputException(origin, "not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw new BadInputException(origin, "invalid JSON: " + detail, e);
    }
  }

  private static LocalDate published(JsonNode node, String origin) {
    String value = string(node, "published", origin);
    if (value == null || value.isBlank()) {
      return null;
    }
    return Dates.parseIso(value).orElseThrow(() -> new BadInputException(origin,
        "bad \"published\" date '" + value + "' (expected YYYY-MM-DD or an ISO date-time)"));
  }

  private static String id(JsonNode node, String origin) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isTextual() || id.isIntegralNumber()) {
      return id.asText();
    }
    throw new BadInputException(origin, "\"id\" must be a string or an integer");
  }

  private static String string(JsonNode node, String field, String origin) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadInputException(origin, "\"" + field + "\" must be a string");
    }
    return v.asText();
  }
}
