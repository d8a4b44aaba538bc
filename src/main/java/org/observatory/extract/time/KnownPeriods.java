package org.observatory.extract.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.observatory.core.ConfigException;
import org.observatory.core.Resources;

/**
 * A curated list of dated wars, conflicts and milestones (the bundled {@code known-periods.tsv}, each row with its
 * source), with the countries and demonyms that identify them: world knowledge for reading an aged period whose
 * start the text does not state ("Syria's eight-year war"). Texts are matched as {@link ElapsedYears#text} writes
 * them: lower-case tokens joined by single spaces. Immutable and thread-safe.
 */
final class KnownPeriods {

  /**
   * One dated period.
   *
   * @param id short name, never null
   * @param start its first day, never null
   * @param end its last day, null while it runs
   * @param countries ids of the countries whose names identify it together with one of its nouns, never null
   * @param names phrases that identify it alone, never null
   * @param nouns the head nouns it is called by ("war", "uprising"), never null
   * @param source where its dates come from, never null
   */
  record Known(String id, LocalDate start, LocalDate end, Set<String> countries, List<Pattern> names,
      Set<String> nouns, String source) {

    /**
     * Whether an age of {@code years} describes it as still running: always without an end, else only when the age
     * falls more than a year short of its whole length (an age near its length names the finished period: "the
     * eight-year Iran-Iraq war").
     */
    boolean runningAt(int years) {
      return end == null || years + 1 < ChronoUnit.DAYS.between(start, end) / 365.25;
    }
  }

  /** A mention of a country in a text: where it starts (a char offset) and the country's id. */
  record Mention(int at, String country) {}

  private static final String RESOURCE = "known-periods.tsv";

  private final Map<String, Pattern> countries;
  private final List<Known> periods;
  private final Set<String> allNouns;

  private KnownPeriods(Map<String, Pattern> countries, List<Known> periods) {
    this.countries = countries;
    this.periods = periods;
    this.allNouns = periods.stream().flatMap(p -> p.nouns().stream()).collect(Collectors.toUnmodifiableSet());
  }

  /** The bundled list, loaded once. */
  static KnownPeriods standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final KnownPeriods STANDARD = parse(Resources.lines(KnownPeriods.class, RESOURCE));
  }

  /**
   * Parses rows of the bundled format (see the file's header); {@link ConfigException} on a malformed row, an
   * unknown country id or a period without a source.
   */
  static KnownPeriods parse(List<String> lines) {
    Map<String, Pattern> countries = new LinkedHashMap<>();
    List<Known> periods = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("country") && f.length == 3) {
        countries.put(f[1], alternatives(f[2]));
      } else if (f[0].equals("period") && f.length == 8 && !f[7].isBlank()) {
        Set<String> ids = list(f[4]).stream().collect(Collectors.toCollection(LinkedHashSet::new));
        if (!countries.keySet().containsAll(ids)) {
          throw new ConfigException(RESOURCE + ": unknown country in: " + line);
        }
        List<Pattern> names = list(f[5]).stream().map(KnownPeriods::alternatives).toList();
        periods.add(new Known(f[1], day(f[2], line), f[3].equals("-") ? null : day(f[3], line), Set.copyOf(ids),
            names, list(f[6]).stream().map(KnownPeriods::noun).collect(Collectors.toUnmodifiableSet()), f[7]));
      } else {
        throw new ConfigException(RESOURCE + ": malformed row: " + line);
      }
    }
    return new KnownPeriods(Map.copyOf(countries), List.copyOf(periods));
  }

  /** A noun as the list keys it: lower case, a plural's "s" dropped ("wars" is "war", "crisis" stays). */
  static String noun(String word) {
    String w = word.strip();
    w = w.substring(w.lastIndexOf(' ') + 1);
    return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("sis") ? w.substring(0, w.length() - 1) : w;
  }

  /** The first word of {@code words} (space-separated) that is a noun of some period. */
  Optional<String> nounIn(String words) {
    return Arrays.stream(words.split(" ")).map(KnownPeriods::noun).filter(allNouns::contains).findFirst();
  }

  /** Every period, in file order. */
  List<Known> periods() {
    return periods;
  }

  /** The periods a name in {@code window} identifies and that go by {@code noun}. */
  List<Known> named(String window, String noun) {
    return periods.stream().filter(p -> p.nouns().contains(noun))
        .filter(p -> p.names().stream().anyMatch(n -> n.matcher(window).find())).toList();
  }

  /** The periods that go by {@code noun} and belong to one of {@code countryIds}. */
  List<Known> of(Set<String> countryIds, String noun) {
    return periods.stream().filter(p -> p.nouns().contains(noun))
        .filter(p -> p.countries().stream().anyMatch(countryIds::contains)).toList();
  }

  /**
   * Every mention of a listed country in {@code text}, in text order; a name may carry a possessive "s" written
   * without its apostrophe ("Syrias war").
   */
  List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    countries.forEach((id, p) -> {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new Mention(m.start(), id));
      }
    });
    out.sort((a, b) -> Integer.compare(a.at(), b.at()));
    return out;
  }

  /** Whether {@code word} (lower case) is a listed country's name or demonym. */
  boolean isCountryWord(String word) {
    return countries.values().stream().anyMatch(p -> p.matcher(word).matches());
  }

  /**
   * Of the countries {@code among}, the one the texts mention most, when it is mentioned at least twice and at
   * least twice as often as any other of them; empty otherwise.
   */
  Optional<String> dominant(List<String> texts, Set<String> among) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    texts.forEach(t -> mentions(t).stream().filter(m -> among.contains(m.country()))
        .forEach(m -> counts.merge(m.country(), 1, Integer::sum)));
    List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).toList();
    if (sorted.isEmpty() || sorted.get(0).getValue() < 2
        || sorted.size() > 1 && sorted.get(0).getValue() < 2 * sorted.get(1).getValue()) {
      return Optional.empty();
    }
    return Optional.of(sorted.get(0).getKey());
  }

  private static Pattern alternatives(String field) {
    String alt = list(field).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\d])(?:" + alt + ")s?(?![\\p{L}\\d])");
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).toList();
  }

  private static LocalDate day(String s, String line) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new ConfigException(RESOURCE + ": bad date '" + s + "' in: " + line, e);
    }
  }
}
