package org.observatory.record;

import java.util.List;
import org.observatory.core.Span;

/**
 * Who says what a stretch of text says: the chain of sources behind every event whose evidence lies in
 * {@code scope}, nearest first (speaker or monitor's sources, monitor, cited outlet, ..., publishing outlet).
 *
 * @param scope the sentence or paragraph the chain covers
 * @param links the chain, nearest first, never empty
 * @param reported true when the text marks the content as reported by someone ("reported that", "said",
 *     "reportedly"), false when the outlet asserts it in its own voice
 */
public record SourceChain(Span scope, List<SourceLink> links, boolean reported) {
  public SourceChain {
    links = List.copyOf(links);
  }
}
