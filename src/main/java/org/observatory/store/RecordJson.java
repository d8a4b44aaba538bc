package org.observatory.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * JSON form of records as the store keeps them: record components by name, nulls written, unknown fields ignored
 * on reading (so a store written by a newer version still reads), and no is-getters (so {@code Span.isEmpty()}
 * adds no {@code empty} field). Thread-safe.
 */
final class RecordJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

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
