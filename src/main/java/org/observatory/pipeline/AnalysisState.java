package org.observatory.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.observatory.core.PipelineException;
import org.observatory.document.Document;

/**
 * What the stages have produced so far for one document. Immutable: {@link #with} returns a new state. Values are
 * never null.
 */
public final class AnalysisState {

  private final Map<Slot<?>, Object> values;

  private AnalysisState(Map<Slot<?>, Object> values) {
    this.values = values;
  }

  public static AnalysisState of(Document document) {
    Map<Slot<?>, Object> m = new LinkedHashMap<>();
    m.put(Slot.DOCUMENT, Objects.requireNonNull(document, "document"));
    return new AnalysisState(m);
  }

  /** A new state with {@code slot} set to {@code value} (replacing any earlier value). */
  public <T> AnalysisState with(Slot<T> slot, T value) {
    Map<Slot<?>, Object> m = new LinkedHashMap<>(values);
    m.put(slot, Objects.requireNonNull(value, slot.name()));
    return new AnalysisState(m);
  }

  /** The value of {@code slot}; throws {@link PipelineException} if no stage has added it. */
  @SuppressWarnings("unchecked")
  public <T> T get(Slot<T> slot) {
    Object v = values.get(slot);
    if (v == null) {
      throw new PipelineException("slot '" + slot + "' has not been added by any stage");
    }
    return (T) v;
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Slot<T> slot) {
    return Optional.ofNullable((T) values.get(slot));
  }

  public boolean has(Slot<?> slot) {
    return values.containsKey(slot);
  }

  public Document document() {
    return get(Slot.DOCUMENT);
  }
}
