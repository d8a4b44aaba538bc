/**
 * The per-document pipeline: {@link org.observatory.pipeline.Stage}s that declare the
 * {@link org.observatory.pipeline.Slot}s they need and add, checked once when the
 * {@link org.observatory.pipeline.Pipeline} is built, and run in order over an immutable
 * {@link org.observatory.pipeline.AnalysisState}. The result is one {@link org.observatory.record.AnalysisRecord}:
 * a pure function of (document, gazetteer, configuration), so the same code can run on Spark executors.
 *
 * <p>May use {@code core}, {@code document}, {@code nlp} and {@code record}. Stage implementations live in the
 * {@code extract.*} packages, which use this one.
 */
package org.observatory.pipeline;
