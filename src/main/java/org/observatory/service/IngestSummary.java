package org.observatory.service;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param stored documents newly stored
 * @param unchanged documents already in the store (same id), left as they were
 * @param events events newly stored
 * @param failures one entry per item that could not be read, analysed or stored
 */
public record IngestSummary(int stored, int unchanged, int events, List<AnalysisOutcome.Failed> failures) {
  public IngestSummary {
    failures = List.copyOf(failures);
  }
}
