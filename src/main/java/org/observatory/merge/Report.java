package org.observatory.merge;

import java.util.Objects;
import org.observatory.record.Event;

/**
 * One event as one document reports it: the clusterer's input.
 *
 * @param documentId id of the document whose record holds the event, never null
 * @param outlet the document's publishing outlet, or null
 * @param published the document's publication date (ISO), or null
 * @param event the event, never null
 */
public record Report(String documentId, String outlet, String published, Event event) {
  public Report {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(event.id(), "event.id");
  }
}
