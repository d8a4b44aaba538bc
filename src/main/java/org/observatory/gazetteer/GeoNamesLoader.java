package org.observatory.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.observatory.core.BadInputException;

/**
 * Reads GeoNames dump files in the standard 19-column tab format (allCountries.txt, per-country files such as
 * SY.txt, citiesN.txt). Stateless; thread-safe.
 */
public final class GeoNamesLoader {

  /** Alternate names beyond this many are dropped (per entry); keeps the index and the heap small. */
  static final int MAX_ALTERNATES = 60;

  private final Map<String, String> admin1Names;
  private final Map<String, String> admin2Names;

  /**
   * @param admin1Names {@code CC.code} to admin1 name (may be empty)
   * @param admin2Names {@code CC.a1.a2} to admin2 name (may be empty)
   */
  public GeoNamesLoader(Map<String, String> admin1Names, Map<String, String> admin2Names) {
    this.admin1Names = Map.copyOf(admin1Names);
    this.admin2Names = Map.copyOf(admin2Names);
  }

  /** Streams every entry of {@code file} to {@code sink}; a malformed line raises {@link BadInputException}. */
  public void read(Path file, Consumer<GazetteerEntry> sink) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        sink.accept(parse(line, file + ":" + n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses one dump line; {@code where} names it in errors. */
  public GazetteerEntry parse(String line, String where) {
    String[] f = line.split("\t", -1);
    if (f.length < 15) {
      throw new BadInputException(where, "expected 19 tab-separated GeoNames columns, found " + f.length);
    }
    try {
      long id = Long.parseLong(f[0]);
      String cc = f[8];
      String a1 = f[10];
      return new GazetteerEntry("geonames:" + id, id, f[1], f[2], alternates(f[3], f[1], f[2]),
          Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7], cc, a1,
          admin1Names.getOrDefault(cc + "." + a1, ""), admin2Names.getOrDefault(cc + "." + a1 + "." + f[11], ""),
          f[14].isEmpty() ? 0 : Long.parseLong(f[14]), "geonames");
    } catch (NumberFormatException e) {
      throw new BadInputException(where, "bad number in GeoNames line: " + e.getMessage(), e);
    }
  }

  /** Latin- or Arabic-script alternates that differ (by key) from the name, at most {@link #MAX_ALTERNATES}. */
  static List<String> alternates(String field, String name, String ascii) {
    if (field.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    seen.add(NameNormalizer.key(name));
    seen.add(NameNormalizer.key(ascii));
    List<String> out = new ArrayList<>();
    for (String alt : field.split(",")) {
      if (out.size() >= MAX_ALTERNATES) {
        break;
      }
      if (alt.isBlank() || isCode(alt) || !(isLatinLike(alt) || NameNormalizer.isArabic(alt))) {
        continue;
      }
      String k = NameNormalizer.key(alt);
      if (!k.isEmpty() && seen.add(k)) {
        out.add(alt);
      }
    }
    return out;
  }

  /** Airport, ICAO and similar codes ("YPG", "OSAP") that GeoNames lists among the names. */
  static boolean isCode(String s) {
    return s.length() <= 4 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
  }

  private static boolean isLatinLike(String s) {
    return NameNormalizer.isLatin(NameNormalizer.key(s));
  }
}
