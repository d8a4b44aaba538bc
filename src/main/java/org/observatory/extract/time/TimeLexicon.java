package org.observatory.extract.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** General English vocabulary of time: month and weekday names, number words, calendar units. Stateless. */
public final class TimeLexicon {

  private TimeLexicon() {}

  /** Regex alternation of month names and their usual abbreviations (lower case, optional dot). */
  public static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

  /** Regex alternation of full weekday names (lower case). */
  public static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

  /** A number written in digits or words ("150", "two", "twenty four", "a"). */
  public static final String NUMBER =
      "(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
          + "|hundred|several|a few|a couple of|couple of|few)(?: (one|two|three|four|five|six|seven|eight|nine))?";

  /** Calendar units (singular; plural forms are matched with an optional s). */
  public static final String UNIT = "(minute|hour|day|week|fortnight|month|quarter|year|decade|century)";

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("couple of", 2), Map.entry("a couple of", 2));

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\-\u2010-\u2015]+");

  /** Lower case, hyphens and runs of white space turned into one space, trimmed of surrounding punctuation. */
  public static String normalise(String text) {
    String s = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return s.replaceAll("^[\\p{Punct}\\s]+|[,;:!?\\s]+$", "");
  }

  /** Value of a number written as matched by {@link #NUMBER} ({@code "twenty four"} is 24); empty when vague. */
  public static OptionalInt number(String head, String tail) {
    int base;
    if (head.matches("\\d+")) {
      base = Integer.parseInt(head);
    } else if (WORDS.containsKey(head)) {
      base = WORDS.get(head);
    } else {
      return OptionalInt.empty();
    }
    if (tail != null && WORDS.containsKey(tail)) {
      base += WORDS.get(tail);
    }
    return OptionalInt.of(base);
  }

  public static Month month(String name) {
    String n = name.replace(".", "");
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n : "~")) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  public static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
