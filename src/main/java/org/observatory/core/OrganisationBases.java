package org.observatory.core;

import java.util.regex.Pattern;

/**
 * Whether a place mention names only where an organisation is based, from the text around it: a
 * "&lt;place&gt;-based" modifier ("the Britain-based monitor", also without the hyphen, "the Aleppo based Fastaqim
 * group"; not "based on") or a "based in/at/out of &lt;place&gt;" phrase ("a monitoring group based in the UK"). Such
 * a place is where a monitor, outlet or group sits: never where an event happens, nor the container of other
 * places. Stateless and thread-safe.
 */
public final class OrganisationBases {

  /** "-based" or " based" right after the place, not followed by a preposition ("based on", "based in"). */
  private static final Pattern BASED_AFTER = Pattern.compile(
      "^\\s?[-\u2010\u2011\u2013]?\\s?based\\b(?!\\s+(?:in|on|at|near|upon|out|off)\\b)",
      Pattern.CASE_INSENSITIVE);

  /** "based in", "based at", "based out of" (with an optional article) right before the place. */
  private static final Pattern BASED_BEFORE = Pattern.compile(
      "\\bbased\\s+(?:in|at|out\\s+of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  private OrganisationBases() {}

  /**
   * @param text the document text
   * @param start the mention's start (UTF-16 offset)
   * @param end the mention's end, exclusive
   * @return whether the mention sits in an organisation's "-based" modifier or "based in" phrase
   */
  public static boolean isBase(String text, int start, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 12));
    String before = text.substring(Math.max(0, start - 24), start);
    return BASED_AFTER.matcher(after).find() || BASED_BEFORE.matcher(before).find();
  }
}
