package org.observatory.store;

import java.util.Objects;
import org.observatory.record.Event;

/**
 * An event read back from the store, with the document it came from.
 *
 * @param documentId id of the document whose record holds the event, never null
 * @param event the event exactly as it was stored, never null
 */
public record StoredEvent(String documentId, Event event) {
  public StoredEvent {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(event, "event");
  }
}
