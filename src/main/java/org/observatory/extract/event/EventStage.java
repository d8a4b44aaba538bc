package org.observatory.extract.event;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Event;

/**
 * Pipeline stage "events": codes PLOVER/ACLED events from the dependency parse and the earlier stages' records.
 * Immutable and thread-safe; resources are loaded once, at construction.
 */
public final class EventStage implements Stage {

  private final EventExtractor extractor;

  /** Loads the built-in lexicons and the CAMEO files under {@code dataDir} (usually {@code ../shared/data}). */
  public EventStage(Path dataDir) {
    this(EventExtractor.standard(dataDir));
  }

  public EventStage(EventExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return EventExtractor.STAGE;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION, Slot.PUBLISHED, Slot.TIMES, Slot.PLACES, Slot.ACTORS,
        Slot.QUOTES, Slot.SOURCES, Slot.AGREEMENTS);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.EVENTS);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    EventContext ctx = new EventContext(state.document(), state.get(Slot.ANNOTATION), state.get(Slot.PUBLISHED),
        state.get(Slot.TIMES), state.get(Slot.PLACES), state.get(Slot.ACTORS), state.get(Slot.QUOTES),
        state.get(Slot.SOURCES), state.get(Slot.AGREEMENTS));
    List<Event> events = extractor.extract(ctx);
    return state.with(Slot.EVENTS, events);
  }
}
