/**
 * Human-readable renderings of analysis records and stored events (terminal reports and tables). No analysis
 * logic: only formatting of values the service returns.
 *
 * <p>May use {@code core}, {@code record} and {@code store} (its stored-event view).
 */
package org.observatory.render;
