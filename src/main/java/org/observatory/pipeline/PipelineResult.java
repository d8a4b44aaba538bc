package org.observatory.pipeline;

import java.util.List;
import org.observatory.record.AnalysisRecord;

/** The record for one document and how long each stage took on it. */
public record PipelineResult(AnalysisRecord record, List<StageTiming> timings) {
  public PipelineResult {
    timings = List.copyOf(timings);
  }
}
