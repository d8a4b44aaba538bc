package org.observatory.merge;

/**
 * How alike two events are.
 *
 * @param score in [0, 1]; 0 when a hard condition fails
 * @param blocker the hard condition that failed ({@code same-document}, {@code type}, {@code modality},
 *     {@code date}, {@code place}), or null when the events were scored
 */
public record Similarity(double score, String blocker) {

  static Similarity blocked(String why) {
    return new Similarity(0, why);
  }

  /** True when the score reaches {@link EventScorer#MERGE_THRESHOLD}. */
  public boolean sameEvent() {
    return blocker == null && score >= EventScorer.MERGE_THRESHOLD;
  }
}
