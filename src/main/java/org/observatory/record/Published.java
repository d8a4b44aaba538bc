package org.observatory.record;

/**
 * The document's publication date and how it is known.
 *
 * @param value best single date (ISO {@code YYYY-MM-DD}), null when not even a best guess exists
 * @param source {@code option} (given by the user), {@code input} (JSON Lines field), {@code meta} (HTML meta tag),
 *     {@code dateline}, {@code inferred} (from the text's own evidence) or {@code unknown}
 * @param earliest earliest possible date (ISO), null when unbounded
 * @param latest latest possible date (ISO), null when unbounded
 * @param method how the range was inferred (a sentence), null when the date was given
 */
public record Published(String value, String source, String earliest, String latest, String method) {

  public static Published unknown() {
    return new Published(null, "unknown", null, null, "no date given and none inferable from the text");
  }
}
