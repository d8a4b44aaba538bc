package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Published;

class EventStageTest {

  @Test
  void stageNeedsEveryEarlierRecordAndAddsEvents() {
    EventStage stage = new EventStage(TestResources.extractor());
    assertThat(stage.name()).isEqualTo("events");
    assertThat(stage.needs()).contains(Slot.ANNOTATION, Slot.PUBLISHED, Slot.TIMES, Slot.PLACES, Slot.ACTORS,
        Slot.QUOTES, Slot.SOURCES, Slot.AGREEMENTS);
    assertThat(stage.adds()).containsExactly(Slot.EVENTS);
  }

  @Test
  void applyAddsTheEventsOfTheDocumentAndLeavesTheInputStateUnchanged() {
    ParseBuilder b = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "shelled/VBD/shell", "the/DT/the", "town/NN/town")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2);
    AnalysisState in = AnalysisState.of(b.document()).with(Slot.ANNOTATION, b.annotation())
        .with(Slot.PUBLISHED, Published.unknown()).with(Slot.TIMES, List.of()).with(Slot.PLACES, List.of())
        .with(Slot.ACTORS, List.of()).with(Slot.QUOTES, List.of()).with(Slot.SOURCES, List.of())
        .with(Slot.AGREEMENTS, List.of());
    AnalysisState out = new EventStage(TestResources.extractor()).apply(in);
    assertThat(in.has(Slot.EVENTS)).isFalse();
    assertThat(out.get(Slot.EVENTS)).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("ASSAULT");
      assertThat(e.acled().subEventType()).isEqualTo("Shelling/artillery/missile attack");
      assertThat(e.date().precision()).isEqualTo("unresolved");
    });
  }
}
