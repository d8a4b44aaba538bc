package org.observatory.pipeline;

import java.util.Set;

/**
 * One step of the per-document pipeline. Implementations are immutable and thread-safe: they hold only
 * read-only resources (models, gazetteer, dictionaries) loaded at construction, and their output depends only on
 * the state they are given.
 */
public interface Stage {

  /** Short stable name, used in provenance and timings ("times", "places", ...). */
  String name();

  /** Slots that must be present before this stage runs. */
  Set<Slot<?>> needs();

  /** Slots this stage adds; the pipeline checks that it adds exactly these. */
  Set<Slot<?>> adds();

  /** Returns {@code state} with this stage's slots added. Never returns null; never mutates {@code state}. */
  AnalysisState apply(AnalysisState state);
}
