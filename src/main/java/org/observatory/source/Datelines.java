package org.observatory.source;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a news text states at its start: a leading full date ({@code Wed 05 Apr 2017 ...},
 * {@code 12 February 2015 ...}, {@code 2020-02-03 ...}) or an agency dateline ({@code BEIRUT, Feb 3, 2020 (Reuters)
 * -}), also after a label such as {@code Published on} or {@code Posted on}. Only unambiguous dates count: day, month and year all given, and a weekday, when given, matching. A dateline
 * without a year ({@code BEIRUT, Feb 3 (Reuters) -}) yields nothing. Stateless and thread-safe.
 */
final class Datelines {

  /** The source label for dates found here. */
  static final String SOURCE = "dateline";
  private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L} .'\u2019-]{1,40},\\s*");
  /** Labels that introduce a publication date ({@code Published on}, {@code Posted on}, {@code Date of publication}). */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:(?:first\\s+)?published|posted|publication\\s+date|date\\s+of\\s+publication|date)"
          + "(?:\\s+(?:on|at))?\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_START = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b");

  private Datelines() {}

  /** The date at the start of {@code text} or of its first paragraph after {@code skip} characters. */
  static Optional<LocalDate> find(String text, int skip) {
    Optional<LocalDate> atStart = atStart(text.stripLeading());
    if (atStart.isPresent() || skip <= 0 || skip >= text.length()) {
      return atStart;
    }
    return atStart(text.substring(skip).stripLeading());
  }

  private static Optional<LocalDate> atStart(String text) {
    Matcher label = LABEL.matcher(text);
    String s = label.find() ? text.substring(label.end()) : text;
    Matcher iso = ISO_START.matcher(s);
    if (iso.find()) {
      return Dates.parseIso(iso.group(1));
    }
    Optional<Dates.Written> written = Dates.writtenAt(s);
    if (written.isPresent()) {
      return written.map(Dates.Written::date);
    }
    Matcher place = PLACE.matcher(s);
    return place.find() ? Dates.writtenAt(s.substring(place.end())).map(Dates.Written::date) : Optional.empty();
  }
}
