package org.observatory.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.observatory.core.ObservatoryException;
import org.observatory.core.PipelineException;
import org.observatory.document.Document;

/**
 * An ordered list of stages whose needs are checked once, at construction: every slot a stage needs must be the
 * document or be added by an earlier stage, and no two stages may add the same slot. Immutable and thread-safe
 * when its stages are.
 */
public final class Pipeline {

  private final List<Stage> stages;
  private final RecordAssembler assembler;

  public Pipeline(List<Stage> stages, RecordAssembler assembler) {
    this.stages = List.copyOf(stages);
    this.assembler = assembler;
    check(this.stages);
  }

  static void check(List<Stage> stages) {
    Set<Slot<?>> available = new HashSet<>(Set.of(Slot.DOCUMENT));
    for (Stage stage : stages) {
      for (Slot<?> need : stage.needs()) {
        if (!available.contains(need)) {
          throw new PipelineException("stage '" + stage.name() + "' needs '" + need
              + "', which no earlier stage adds");
        }
      }
      for (Slot<?> add : stage.adds()) {
        if (!available.add(add)) {
          throw new PipelineException("stage '" + stage.name() + "' adds '" + add + "', which is already added");
        }
      }
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage on {@code document}. Throws {@link PipelineException} naming the stage that failed. */
  public PipelineResult run(Document document) {
    AnalysisState state = AnalysisState.of(document);
    List<StageTiming> timings = new ArrayList<>();
    for (Stage stage : stages) {
      long t0 = System.nanoTime();
      AnalysisState next;
      try {
        next = stage.apply(state);
      } catch (ObservatoryException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new PipelineException("stage '" + stage.name() + "' failed on " + document.origin() + ": " + e, e);
      }
      timings.add(new StageTiming(stage.name(), (System.nanoTime() - t0) / 1e6));
      for (Slot<?> add : stage.adds()) {
        if (!next.has(add)) {
          throw new PipelineException("stage '" + stage.name() + "' did not add '" + add + "'");
        }
      }
      state = next;
    }
    return new PipelineResult(assembler.assemble(state), timings);
  }
}
