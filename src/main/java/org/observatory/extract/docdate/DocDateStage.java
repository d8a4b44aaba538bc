package org.observatory.extract.docdate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.document.Document;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.time.DateConstraint;
import org.observatory.extract.time.DocDateInference;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Published;

/**
 * Adds {@link Slot#PUBLISHED}. With a date given ({@link Document#published()}) it is published exactly as given,
 * with the document's {@code publishedSource} (else {@code option}). Without one, the range is inferred from the
 * text: its time expressions ({@link DocDateInference}) and, when built with a dictionary, the dated offices of the
 * persons the actor stage found ({@link RoleConstraints}). With no evidence at all: {@link Published#unknown()};
 * the clock is never read. Runs after the actor stage and before the time stage, which resolves relative
 * expressions against this date. Immutable and thread-safe.
 */
public final class DocDateStage implements Stage {

  /** Stage name used in provenance and errors. */
  public static final String NAME = "docdate";

  private final Optional<RoleConstraints> roles;

  /** A stage using the text's time expressions and the dated roles of the persons in {@code ACTORS}. */
  public DocDateStage(ActorDictionary dictionary) {
    this.roles = Optional.of(new RoleConstraints(dictionary));
  }

  /** A stage using the text's time expressions only (needs no actors). */
  public DocDateStage() {
    this.roles = Optional.empty();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Slot<?>> needs() {
    return roles.isPresent() ? Set.of(Slot.DOCUMENT, Slot.ANNOTATION, Slot.ACTORS)
        : Set.of(Slot.DOCUMENT, Slot.ANNOTATION);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.PUBLISHED);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.with(Slot.PUBLISHED, published(state));
  }

  /** The PUBLISHED value for a state holding this stage's needs. */
  public Published published(AnalysisState state) {
    Document d = state.document();
    if (d.published() != null) {
      return Published.given(d.published().toString(), d.publishedSource() == null ? "option" : d.publishedSource());
    }
    return DocDateInference.infer(state.get(Slot.ANNOTATION), constraints(state));
  }

  /** The role constraints of a state's actors (empty without a dictionary or actors). */
  public List<DateConstraint> constraints(AnalysisState state) {
    return roles.map(r -> r.of(state.document().text(), state.find(Slot.ACTORS).orElse(List.of())))
        .orElse(List.of());
  }
}
