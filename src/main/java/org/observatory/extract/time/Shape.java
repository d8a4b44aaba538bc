package org.observatory.extract.time;

import static org.observatory.extract.time.TimeLexicon.MONTH;
import static org.observatory.extract.time.TimeLexicon.NUMBER;
import static org.observatory.extract.time.TimeLexicon.UNIT;
import static org.observatory.extract.time.TimeLexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a time expression says, independent of any reference date: the surface classes the resolution layer
 * re-anchors. Parsed from the expression's normalised text plus the words right after it. Immutable.
 */
public sealed interface Shape {

  /** Carries its own year ("October 17 2018", "1984", the name "9/11"): the tagger's value stands. */
  record Explicit() implements Shape {}

  /** A day of a month without a year ("January 25", "August 5 last year"); {@code yearShift} null when no year word. */
  record MonthDay(Month month, int day, Integer yearShift) implements Shape {}

  /** A month without a year ("in October", "last March"); {@code modifier} last/next/this or empty. */
  record MonthOnly(Month month, String modifier) implements Shape {}

  /** A weekday ("on Sunday", "last Friday", "Monday morning"); {@code partOfDay} TimeML MO/AF/EV/NI or null. */
  record Weekday(DayOfWeek day, String modifier, String partOfDay) implements Shape {}

  /**
   * An offset from an anchor in the text ("two days earlier", "the next day"); {@code sign} -1 or +1.
   * {@code eventWord} is "after"/"before" when the anchor is an event clause that follows, else null.
   * {@code partOfDay} is the TimeML part of the day (MO/AF/EV/NI) of a day offset that names one ("the night
   * before", "the morning after"), else null.
   */
  record Offset(int amount, String unit, int sign, String eventWord, String partOfDay) implements Shape {
    Offset(int amount, String unit, int sign, String eventWord) {
      this(amount, unit, sign, eventWord, null);
    }
  }

  /**
   * An offset from the time of speaking at the unit's granularity ("yesterday", "last year", "three weeks ago",
   * "this month"); {@code amount} is signed.
   */
  record Deictic(int amount, String unit) implements Shape {}

  /** A stretch of time counted from now ("the past two quarters", "the next 12 months"); amount null when vague. */
  record Stretch(Integer amount, String unit) implements Shape {}

  /**
   * A vague stretch of plural units ("recent years", "the coming months", "the past few weeks"): TimeBank annotates
   * these as durations of unspecified length, {@code value} {@code PXY}, {@code PXM}, {@code PXW}, {@code PXD},
   * {@code PXDE} (quarters count as months).
   */
  record Vague(String value) implements Shape {}

  /**
   * A part of the day without a day of its own ("the morning", "midday", "mid afternoon"): on the day the text is
   * talking about. {@code code} is the TIMEX3 suffix after T ({@code MO}, {@code AF}, {@code EV}, {@code NI},
   * {@code 12:00}, or the hour of "4 in the morning", {@code 04:00}).
   */
  record PartOfDay(String code) implements Shape {}

  /** Not a time expression in TimeML's sense (ages, "once", "previously", a bare "night"): dropped. */
  record NotTime() implements Shape {}

  /** Anything else (deictic "yesterday", "last year", durations, sets): the tagger's value stands. */
  record Other() implements Shape {}

  Pattern YEAR = Pattern.compile("(?<![\\d.])(1[0-9]{3}|20[0-9]{2})(?![\\d.])|'\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
  String LEAD = "^(?:(?:on|by|since|until|till|from|before|after|in|of|early|late|mid|the) )*";
  String YEAR_WORD = "(?: (last|next|this) year)?";
  Pattern MONTH_DAY = Pattern.compile(
      LEAD + "(?:" + WEEKDAY + " )?" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?" + YEAR_WORD + "$");
  Pattern DAY_MONTH = Pattern.compile(
      LEAD + "(?:" + WEEKDAY + " )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + YEAR_WORD + "$");
  Pattern MONTH_ONLY = Pattern.compile("^(?:(last|next|this|early|late|mid|in|the end of|the beginning of) )?"
      + "(january|february|march|april|june|july|august|september|october|november|december)$");
  /** "May" as a month only when the tagger saw it capitalised (lower-case "may" is the modal verb). */
  /** A month name written in lower case is the noun or verb ("this march", "may"), not the month. */
  Pattern LOWER_MARCH = Pattern.compile("\\b(?:march|may)$");
  Pattern MAY_ONLY = Pattern.compile("^(?:(last|next|this|early|late|mid|in|the end of|the beginning of) )?(may)$");
  String CLOCK = "(?:(\\d{1,2})(?::(\\d\\d))? ?([ap])\\.?m\\.?|(noon))";
  Pattern CLOCK_WEEKDAY = Pattern.compile("^(?:(?:at|by|until|till|from|before|after) )?" + CLOCK + " (?:on )?"
      + WEEKDAY + "$");
  Pattern WEEKDAY_CLOCK = Pattern.compile("^(?:on )?" + WEEKDAY + ",? (?:at |by |until )?" + CLOCK + "$");
  Pattern WEEKDAY_RX = Pattern.compile("^(?:(last|next|this|coming|past|early|late|on|the previous|the preceding"
      + "|the prior|the following) )?" + WEEKDAY
      + "(?: (morning|afternoon|evening|night))?$");
  Pattern OFFSET = Pattern.compile("^(?:(?:about|some|nearly|almost|just|only|more than|less than|barely) )?"
      + NUMBER + " " + UNIT + "s?(?: (earlier|later|before|after|previously|afterwards?|prior))?$");
  Pattern SAME_DAY = Pattern.compile("^(?:(?:earlier|later|early|late) )?(?:that (?:same )?|the same |that very )day$"
      + "|^(?:earlier|later) in the day$|^(?:hours|minutes|moments) (?:later|earlier|afterwards)$");
  /** "that year", "later that month": the unit of the date the text last stated. */
  Pattern THAT_UNIT = Pattern.compile("^(?:(?:earlier|later|early|late) )?that (?:same )?(year|month|week)$");
  Pattern THE_NEXT = Pattern.compile("^the (previous|next|following|preceding|prior) " + UNIT + "$");
  Pattern AGO = Pattern.compile("^(?:(?:about|some|nearly|almost|just|only|more than|less than|roughly) )?"
      + NUMBER + " " + UNIT + "s? ago$");
  Pattern THIS = Pattern.compile("^(?:(?:earlier|later|early|late) )?(this|the current|current|the present|"
      + "last|past|the past|the last|previous|the previous|the latest|the most recent|latest|most recent|next|the next"
      + "|coming|the coming|this past) " + UNIT + "$");
  Pattern VAGUE = Pattern.compile("^(?:in )?(?:the )?(recent|past|last|coming|next|future|these|those|upcoming) "
      + "(?:few |several |many )?(day|week|month|quarter|year|decade)s$");
  Pattern ENDED = Pattern.compile("^the (?:fiscal |financial |calendar )?" + UNIT + "$");
  Pattern STRETCH = Pattern.compile("^(?:the )?(?:past|last|next|previous|coming|first|final) " + NUMBER + " "
      + UNIT + "s?$");
  Pattern NOT_TIME = Pattern.compile("^(?:.* )?(?:years? old|year olds?)$|^(?:once|previously|future|present|past"
      + "|quarterly|annual|morning|afternoon|evening|night|nights|the)$");
  Pattern PART_OF_DAY = Pattern.compile(
      "^(?:(?:the|early|late|mid) |mid)?(morning|afternoon|evening|night|midday|noon|dawn|dusk)$|"
      + "^the (?:early |late |mid )(morning|afternoon|evening|night)$");
  /** "4 in the morning", "8 in the evening", "11 at night": a clock hour told by its part of the day. */
  Pattern HOUR_IN_PART = Pattern.compile("^(\\d{1,2})(?: o'clock)? (?:in the|at) (morning|afternoon|evening|night)$");
  Pattern THE_UNIT_AFTER = Pattern.compile("^(?:the|a|one) " + UNIT + " (before|after|earlier|later)$");
  /** "hours", "minutes", "a few hours": before "after"/"before" an event clause, on that event's day. */
  Pattern VAGUE_HOURS = Pattern.compile("^(?:(?:just|only|several|a few|some|mere) )?(?:hours|minutes)$");
  /**
   * "the night before", "the evening after": that part of the day before or after the date the text last stated.
   */
  Pattern THE_PART_AFTER = Pattern.compile("^the (night|evening|morning|afternoon) (before|after)$");

  /**
   * Parses {@code text}. {@code following} is the text of up to two words right after the expression (lower
   * case, may be empty): it completes "two days" + "earlier", "August 5" + "last year", "two days" + "after".
   */
  static Shape parse(String text, String following) {
    String s = TimeLexicon.normalise(text);
    String next = following == null ? "" : following.toLowerCase();
    if (NOT_TIME.matcher(s).matches()) {
      return new NotTime();
    }
    Matcher hour = HOUR_IN_PART.matcher(s);
    if (hour.matches()) {
      int h = Integer.parseInt(hour.group(1)) % 12 + (hour.group(2).equals("morning") ? 0 : 12);
      return new PartOfDay(String.format("%02d:00", h));
    }
    Matcher pod = PART_OF_DAY.matcher(s);
    if (pod.matches()) {
      String word = pod.group(1) != null ? pod.group(1) : pod.group(2);
      return new PartOfDay(word.equals("midday") || word.equals("noon") ? "12:00" : partOfDay(word));
    }
    Shape offset = offset(s, next);
    if (offset != null) {
      return offset;
    }
    Matcher v = VAGUE.matcher(s);
    if (v.matches() && !s.equals("these days")) {
      return new Vague(vagueDuration(v.group(2)));
    }
    Matcher ended = ENDED.matcher(s);
    if (ended.matches() && next.matches("(ended|ending|ends|to)( .*)?")) {
      return new Stretch(1, ended.group(1));
    }
    Shape deictic = deictic(s);
    if (deictic != null) {
      return deictic;
    }
    if (YEAR.matcher(s).find() || NamedDays.isName(s, next)) {
      return new Explicit();
    }
    Matcher m = MONTH_DAY.matcher(s);
    if (m.matches()) {
      return monthDay(TimeLexicon.month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), next);
    }
    m = DAY_MONTH.matcher(s);
    if (m.matches()) {
      return monthDay(TimeLexicon.month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), next);
    }
    if (LOWER_MARCH.matcher(text).find() && (MONTH_ONLY.matcher(s).matches() || MAY_ONLY.matcher(s).matches())) {
      return new NotTime();
    }
    m = MONTH_ONLY.matcher(s);
    if (m.matches() || (text.contains("May") && (m = MAY_ONLY.matcher(s)).matches())) {
      return new MonthOnly(TimeLexicon.month(m.group(2)), m.group(1) == null ? "" : m.group(1));
    }
    m = WEEKDAY_RX.matcher(s);
    if (m.matches()) {
      String modifier = m.group(1) == null ? "" : m.group(1).replaceFirst("^the (preceding|prior)$", "the previous");
      return new Weekday(TimeLexicon.weekday(m.group(2)), modifier, partOfDay(m.group(3)));
    }
    return weekdayAtClock(s);
  }

  /** "9 a.m. Tuesday", "noon Saturday", "Tuesday at 9:30 p.m.": a weekday whose part of the day is a clock time. */
  private static Shape weekdayAtClock(String s) {
    Matcher m = CLOCK_WEEKDAY.matcher(s);
    if (m.matches()) {
      return new Weekday(TimeLexicon.weekday(m.group(5)), "", clock(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    m = WEEKDAY_CLOCK.matcher(s);
    if (m.matches()) {
      return new Weekday(TimeLexicon.weekday(m.group(1)), "", clock(m.group(2), m.group(3), m.group(4), m.group(5)));
    }
    return new Other();
  }

  /** ISO clock time ({@code "21:30"}) of an hour, optional minutes, 'a' or 'p', or "noon". */
  private static String clock(String hour, String minutes, String half, String noon) {
    if (noon != null) {
      return "12:00";
    }
    int h = Integer.parseInt(hour) % 12 + (half.equals("p") ? 12 : 0);
    return String.format("%02d:%s", h, minutes == null ? "00" : minutes);
  }

  private static Shape monthDay(Month month, int day, String yearWord, String next) {
    if (day < 1 || day > month.maxLength()) {
      return new Other();
    }
    String word = yearWord;
    if (word == null && next.matches("(last|next|this) year.*")) {
      word = next.substring(0, next.indexOf(' '));
    }
    Integer shift = word == null ? null : switch (word) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    return new MonthDay(month, day, shift);
  }

  private static Shape offset(String s, String next) {
    if (SAME_DAY.matcher(s).matches()) {
      return new Offset(0, "day", 1, null);
    }
    Matcher that = THAT_UNIT.matcher(s);
    if (that.matches()) {
      return new Offset(0, that.group(1), 1, null);
    }
    Matcher m = THE_NEXT.matcher(s);
    if (m.matches()) {
      int sign = m.group(1).matches("previous|preceding|prior") ? -1 : 1;
      return new Offset(1, m.group(2), sign, null);
    }
    m = THE_UNIT_AFTER.matcher(s);
    if (m.matches()) {
      return new Offset(1, m.group(1), m.group(2).matches("before|earlier") ? -1 : 1, null);
    }
    if (VAGUE_HOURS.matcher(s).matches() && next.matches("(?:after|before)\\b.*")) {
      String word = firstWord(next);
      return new Offset(0, "day", word.equals("before") ? -1 : 1, word);
    }
    m = THE_PART_AFTER.matcher(s);
    if (m.matches()) {
      return new Offset(1, "day", m.group(2).equals("before") ? -1 : 1, null, partOfDay(m.group(1)));
    }
    m = OFFSET.matcher(s);
    if (!m.matches()) {
      return null;
    }
    OptionalInt n = TimeLexicon.number(m.group(1), m.group(2));
    String dir = m.group(4) != null ? m.group(4) : firstWord(next);
    if (n.isEmpty() || dir == null) {
      return null;
    }
    return switch (dir) {
      case "earlier", "previously", "prior" -> new Offset(n.getAsInt(), m.group(3), -1, null);
      case "later", "afterward", "afterwards" -> new Offset(n.getAsInt(), m.group(3), 1, null);
      case "before" -> new Offset(n.getAsInt(), m.group(3), -1, m.group(4) == null ? "before" : null);
      case "after" -> new Offset(n.getAsInt(), m.group(3), 1, m.group(4) == null ? "after" : null);
      default -> null;
    };
  }

  /** True when the text names a day itself (weekday, month, digits of a date, today/yesterday/tomorrow). */
  static boolean hasDayWord(String text) {
    String s = TimeLexicon.normalise(text);
    return s.matches(".*\\b(" + WEEKDAY.substring(1, WEEKDAY.length() - 1) + "|today|yesterday|tomorrow|tonight)\\b.*")
        || s.matches(".*\\b" + MONTH + " \\d.*") || s.matches(".*\\d{1,2}/\\d{1,2}.*");
  }

  private static Shape deictic(String s) {
    switch (s) {
      case "today", "tonight" -> {
        return new Deictic(0, "day");
      }
      case "yesterday" -> {
        return new Deictic(-1, "day");
      }
      case "tomorrow" -> {
        return new Deictic(1, "day");
      }
      default -> { }
    }
    Matcher m = AGO.matcher(s);
    if (m.matches()) {
      OptionalInt n = TimeLexicon.number(m.group(1), m.group(2));
      return n.isPresent() ? new Deictic(-n.getAsInt(), m.group(3)) : null;
    }
    m = THIS.matcher(s);
    if (m.matches()) {
      String w = m.group(1);
      int sign = w.matches("(the )?(last|past|previous|latest|most recent)") ? -1
          : w.matches("(the )?(next|coming)") ? 1 : 0;
      return new Deictic(sign, m.group(2));
    }
    m = STRETCH.matcher(s);
    if (m.matches()) {
      OptionalInt n = TimeLexicon.number(m.group(1), m.group(2));
      return new Stretch(n.isPresent() ? n.getAsInt() : null, m.group(3));
    }
    return null;
  }

  private static String vagueDuration(String unit) {
    return switch (unit) {
      case "day" -> "PXD";
      case "week" -> "PXW";
      case "month", "quarter" -> "PXM";
      case "decade" -> "PXDE";
      default -> "PXY";
    };
  }

  private static String firstWord(String next) {
    if (next.isEmpty()) {
      return null;
    }
    int sp = next.indexOf(' ');
    return sp < 0 ? next : next.substring(0, sp);
  }

  private static String partOfDay(String word) {
    if (word == null) {
      return null;
    }
    return switch (word) {
      case "morning", "dawn" -> "MO";
      case "afternoon" -> "AF";
      case "evening", "dusk" -> "EV";
      default -> "NI";
    };
  }
}
