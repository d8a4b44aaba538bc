package org.observatory.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.observatory.json.Json;

/** JSON form of records as the store keeps them: the project's one mapping, {@link Json}. Thread-safe. */
final class RecordJson {

  private static final ObjectMapper MAPPER = Json.mapper();

  private RecordJson() {}

  /** The shared mapper; configured once, safe to use from any thread; do not reconfigure it. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code value} as compact JSON. */
  static String write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsString(value);
  }

  /** A value of {@code type} from JSON written by {@link #write}. */
  static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }
}
