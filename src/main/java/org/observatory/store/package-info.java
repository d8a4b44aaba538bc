/**
 * The embedded store: analysis records and their events in one SQLite file ({@link org.observatory.store.Store}),
 * one transaction per document, idempotent by document id, queried by date window, place, actor and event type
 * ({@link org.observatory.store.EventQuery}). The full record is kept as JSON beside the queryable columns, so
 * nothing extracted is lost.
 *
 * <p>May use {@code core}, {@code record}, {@code document}, {@code json} (the one JSON mapping) and the SQLite JDBC driver.
 */
package org.observatory.store;
