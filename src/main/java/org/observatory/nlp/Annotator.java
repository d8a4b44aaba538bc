package org.observatory.nlp;

/**
 * Turns text into an {@link Annotation}. Implementations load their models once, in the constructor, and are
 * thread-safe: one instance serves every document of a process.
 */
public interface Annotator {

  Annotation annotate(AnnotationRequest request);

  /** Short description of the models and options, recorded in provenance. */
  String describe();
}
