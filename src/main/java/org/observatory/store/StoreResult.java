package org.observatory.store;

/**
 * What storing one record did.
 *
 * @param documentId the record's document id
 * @param status what happened
 * @param events how many events the stored record holds (also when it was already stored)
 */
public record StoreResult(String documentId, Status status, int events) {

  /** The effect of a write. */
  public enum Status {
    /** The document was new and is now stored. */
    STORED,
    /** A document with this id was already stored; nothing changed. */
    UNCHANGED,
    /** The document's earlier record was replaced ({@link Store#replace}). */
    REPLACED
  }
}
