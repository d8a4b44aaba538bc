package org.observatory.merge;

import java.util.List;
import org.observatory.record.SourceLink;

/**
 * One member's chain of sources, kept whole with the document it comes from.
 *
 * @param documentId the document
 * @param eventId the member event
 * @param chain who says so in that document, nearest first (the event's {@code attribution}); may be empty
 */
public record Source(String documentId, String eventId, List<SourceLink> chain) {
  public Source {
    chain = List.copyOf(chain);
  }
}
