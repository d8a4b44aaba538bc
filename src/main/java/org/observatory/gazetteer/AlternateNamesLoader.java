package org.observatory.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads GeoNames alternate-name tables ({@code alternateNamesV2.txt}, {@code alternateNames.txt}, or the
 * per-country {@code alternatenames/XX.txt}): tab-separated alternateNameId, geonameid, isolanguage, alternate
 * name, isPreferredName, isShortName, isColloquial, isHistoric[, from, to]. Keeps the names of the geonameids asked
 * for, skipping rows whose "language" is a code type rather than a language (links, postal codes, airport codes,
 * Wikidata ids, UN/LOCODEs, ...) and names that are neither Latin nor Arabic script. Stateless; thread-safe.
 */
public final class AlternateNamesLoader {

  /** isolanguage values that mark codes and links, not names. */
  static final Set<String> CODE_TYPES = Set.of("link", "post", "iata", "icao", "faac", "wkdt", "unlc", "tcid",
      "fr_1793", "phon", "piny", "uicn");

  private AlternateNamesLoader() {}

  /**
   * Alternate names of the given geonameids in {@code file}, in file order, at most
   * {@link GeoNamesLoader#MAX_ALTERNATES} per id. Lines that do not parse are skipped (the tables are huge and a
   * stray line should not stop a build).
   */
  public static Map<Long, List<String>> read(Path file, Set<Long> wanted) {
    Map<Long, List<String>> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        accept(line, wanted, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** Adds the name of one table row to {@code out} when its geonameid is wanted and it is a name. */
  static void accept(String line, Set<Long> wanted, Map<Long, List<String>> out) {
    String[] f = line.split("\t", -1);
    if (f.length < 4 || f[1].isEmpty() || !Character.isDigit(f[1].charAt(0))) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(f[1]);
    } catch (NumberFormatException e) {
      return;
    }
    if (!wanted.contains(id) || CODE_TYPES.contains(f[2]) || !isName(f[3])) {
      return;
    }
    List<String> names = out.computeIfAbsent(id, k -> new ArrayList<>());
    if (names.size() < GeoNamesLoader.MAX_ALTERNATES) {
      names.add(f[3]);
    }
  }

  private static boolean isName(String s) {
    if (s.isBlank() || GeoNamesLoader.isCode(s) || s.startsWith("http")) {
      return false;
    }
    return NameNormalizer.isLatin(NameNormalizer.key(s)) || NameNormalizer.isArabic(s);
  }

  /**
   * The entry with {@code extra} names added after its own alternates, keeping only names whose key differs from
   * every name it already has, up to {@link GeoNamesLoader#MAX_ALTERNATES} alternates.
   */
  public static GazetteerEntry withNames(GazetteerEntry e, List<String> extra) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(NameNormalizer.key(e.name()));
    if (e.asciiName() != null) {
      seen.add(NameNormalizer.key(e.asciiName()));
    }
    List<String> alts = new ArrayList<>();
    for (String a : e.alternateNames()) {
      if (seen.add(NameNormalizer.key(a))) {
        alts.add(a);
      }
    }
    int before = alts.size();
    for (String a : extra) {
      if (alts.size() >= GeoNamesLoader.MAX_ALTERNATES) {
        break;
      }
      String k = NameNormalizer.key(a);
      if (!k.isEmpty() && seen.add(k)) {
        alts.add(a);
      }
    }
    if (alts.size() == before) {
      return e;
    }
    return new GazetteerEntry(e.id(), e.geonamesId(), e.name(), e.asciiName(), alts, e.lat(), e.lon(),
        e.featureClass(), e.featureCode(), e.country(), e.admin1Code(), e.admin1Name(), e.admin2(), e.population(),
        e.source());
  }
}
