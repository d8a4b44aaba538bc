/**
 * The one service layer the CLI, the REST API and the web view call: reading inputs, running the pipeline
 * (loaded once per process), storing, querying, evaluating. Holds no per-request state.
 *
 * <p>Batches ({@code analyze}, {@code analyzeDocuments}, {@code ingest}) run the pipeline on N worker threads
 * ({@link org.observatory.service.OrderedBatch}; N from {@link org.observatory.service.Parallelism}) and hand
 * outcomes to the caller, the store and the progress listener on the calling thread in input order, so the output
 * and the store are the same for any N. This relies on every stage being thread-safe (see each stage's contract;
 * HeidelTime's adapter pools its engines).
 *
 * <p>May use every package except {@code cli}; it is the only place that wires stages into a pipeline.
 */
package org.observatory.service;
