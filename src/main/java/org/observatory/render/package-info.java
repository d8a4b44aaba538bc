/**
 * Human-readable renderings of analysis records and stored events (terminal reports and tables). No analysis
 * logic: only formatting of values the service returns.
 *
 * <p>May use {@code core}, {@code record}, {@code store} (its stored-event view) and {@code merge} (merged events).
 */
package org.observatory.render;
