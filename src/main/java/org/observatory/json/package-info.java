/**
 * The one JSON mapping of Observatory's values ({@link org.observatory.json.Json}): records as objects with every
 * field present (nulls written), ISO dates, stable field order. Used by the CLI, the store and the REST API.
 *
 * <p>May use {@code core}, {@code record}, {@code document} and Jackson.
 */
package org.observatory.json;
