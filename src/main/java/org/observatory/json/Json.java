package org.observatory.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;

/** Shared, thread-safe JSON mapping. Records serialise by component name, in declaration order, nulls included. */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .setSerializationInclusion(JsonInclude.Include.ALWAYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
