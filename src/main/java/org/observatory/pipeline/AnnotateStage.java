package org.observatory.pipeline;

import java.util.Set;
import org.observatory.document.Document;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;

/** Runs the {@link Annotator} over the document text, with the given publication date as SUTime's reference. */
public final class AnnotateStage implements Stage {

  private final Annotator annotator;

  public AnnotateStage(Annotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.ANNOTATION);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    Document d = state.document();
    return state.with(Slot.ANNOTATION, annotator.annotate(new AnnotationRequest(d.text(), d.published())));
  }
}
