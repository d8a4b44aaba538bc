package org.observatory.merge;

/**
 * One report that is part of a merged event.
 *
 * @param documentId the document it was read from
 * @param eventId the event's id in that document's record
 * @param outlet the publishing outlet, or null
 * @param published the document's publication date (ISO), or null
 */
public record Member(String documentId, String eventId, String outlet, String published) {}
