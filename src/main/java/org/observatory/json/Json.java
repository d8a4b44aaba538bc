package org.observatory.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;

/**
 * Shared, thread-safe JSON mapping. Records serialise by component name, in declaration order, nulls included;
 * no is-getters (so {@code Span.isEmpty()} adds no field); unknown fields are ignored on reading, so records
 * written by a newer version still read.
 */
public final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

  private Json() {}

  /** The configured mapper. Do not reconfigure it; copy it if another configuration is needed. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String compact(Object value) {
    return write(MAPPER.writer(), value);
  }

  public static String pretty(Object value) {
    return write(MAPPER.writerWithDefaultPrettyPrinter(), value);
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("invalid JSON for " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
