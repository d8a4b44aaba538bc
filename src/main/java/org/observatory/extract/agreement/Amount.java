package org.observatory.extract.agreement;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time as the text states it ("150 hours", "two days", "five-day", {@code PT150H}).
 *
 * @param count how many units, {@code > 0}
 * @param unit hours, days, weeks, months or years
 */
public record Amount(long count, ChronoUnit unit) {

  private static final Pattern ISO = Pattern.compile("^P(T?)(\\d+)([HMDWY])$");
  private static final Pattern TEXT = Pattern.compile(
      "(?i)\\b(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|ninety|hundred)"
          + "\\s*-?\\s*(hour|day|week|month|year)s?(?:-long)?\\b");
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("ninety", 90),
      Map.entry("hundred", 100));

  public Amount {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
  }

  /** From a TIMEX3 duration value ({@code P5D}, {@code PT150H}, {@code P2W}); empty for X placeholders. */
  public static Optional<Amount> fromIso(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean time = !m.group(1).isEmpty();
    long n = Long.parseLong(m.group(2));
    ChronoUnit unit = switch (m.group(3)) {
      case "H" -> ChronoUnit.HOURS;
      case "M" -> time ? ChronoUnit.MINUTES : ChronoUnit.MONTHS;
      case "D" -> ChronoUnit.DAYS;
      case "W" -> ChronoUnit.WEEKS;
      default -> ChronoUnit.YEARS;
    };
    return n > 0 ? Optional.of(new Amount(n, unit)) : Optional.empty();
  }

  /** The first length of time stated in {@code text} ("within 150 hours", "two days earlier", "five-day"). */
  public static Optional<Amount> fromText(String text) {
    Matcher m = TEXT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    long count = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : WORDS.get(n);
    ChronoUnit unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "hour" -> ChronoUnit.HOURS;
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
    return count > 0 ? Optional.of(new Amount(count, unit)) : Optional.empty();
  }

  /** ISO-8601 duration ({@code P5D}, {@code PT150H}). */
  public String iso() {
    return switch (unit) {
      case HOURS -> "PT" + count + "H";
      case MINUTES -> "PT" + count + "M";
      case DAYS -> "P" + count + "D";
      case WEEKS -> "P" + count + "W";
      case MONTHS -> "P" + count + "M";
      default -> "P" + count + "Y";
    };
  }
}
