package org.observatory.store;

/**
 * How much the store holds.
 *
 * @param documents stored documents
 * @param events stored events over all documents
 */
public record StoreCounts(long documents, long events) {}
