/**
 * The one service layer the CLI, the REST API and the web view call: reading inputs, running the pipeline
 * (loaded once per process), storing, querying, evaluating. Holds no per-request state.
 *
 * <p>May use every package except {@code cli}; it is the only place that wires stages into a pipeline.
 */
package org.observatory.service;
