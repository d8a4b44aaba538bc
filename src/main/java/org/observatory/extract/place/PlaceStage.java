package org.observatory.extract.place;

import java.util.Set;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;

/**
 * The places stage: needs DOCUMENT and ANNOTATION, adds PLACES. Immutable and thread-safe; construct it once with
 * the process's {@link Gazetteer} ({@code new PlaceStage(Gazetteer.open(config))}).
 */
public final class PlaceStage implements Stage {

  private final PlaceExtractor extractor;

  public PlaceStage(Gazetteer gazetteer) {
    this.extractor = new PlaceExtractor(gazetteer);
  }

  @Override
  public String name() {
    return PlaceFactory.STAGE;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.PLACES);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.with(Slot.PLACES, extractor.extract(state.document().text(), state.get(Slot.ANNOTATION)));
  }
}
