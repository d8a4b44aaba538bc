/**
 * The embedded store: analysis records and their events in one SQLite file ({@link org.observatory.store.Store}),
 * one transaction per document, idempotent by document id, queried by date window, place, actor, event type and
 * full text ({@link org.observatory.store.EventQuery}; the text index is Lucene, derived from SQLite and rebuilt
 * from it). The full record is kept as JSON beside the queryable columns, so nothing extracted is lost. Events reported by several documents are merged as they are stored
 * ({@link org.observatory.store.Store#mergedEvents}), with the pure logic of {@code merge}.
 *
 * <p>May use {@code core}, {@code record}, {@code document}, {@code json} (the one JSON mapping), {@code merge} and
 * the SQLite JDBC driver and Lucene.
 */
package org.observatory.store;
