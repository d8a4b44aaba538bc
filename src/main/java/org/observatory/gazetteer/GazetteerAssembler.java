package org.observatory.gazetteer;

import org.observatory.core.Resources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.observatory.gazetteer.AdminCodes.Admin1;
import org.observatory.gazetteer.CountryTables.NamedPoint;

/**
 * Reads every source of a {@link GazetteerSources} and derives what the dumps lack: located country entries,
 * admin1 entries (country-state-city points, else the centroid of their towns), admin2 entries (centroid of their
 * towns), world regions, and GeoNames admin1 codes for OCHA units (from the nearest GeoNames town). Stateless.
 */
public final class GazetteerAssembler {


  private GazetteerAssembler() {}

  /** All entries, de-duplicated by id (first wins), in a stable order. */
  public static List<GazetteerEntry> assemble(GazetteerSources s) {
    List<Admin1> admin1 = s.admin1().map(AdminCodes::readAdmin1).orElse(List.of());
    Map<String, String> admin1Names = new HashMap<>();
    admin1.forEach(a -> admin1Names.put(a.code(), a.name()));
    Map<String, String> admin2Names = s.admin2().map(AdminCodes::readAdmin2).orElse(Map.of());
    Map<String, GazetteerEntry> out = new LinkedHashMap<>();
    GeoNamesLoader loader = new GeoNamesLoader(admin1Names, admin2Names);
    List<GazetteerEntry> towns = new ArrayList<>();
    for (Path dump : s.dumps()) {
      loader.read(dump, e -> {
        if (out.putIfAbsent(e.id(), e) == null) {
          towns.add(e);
        }
      });
    }
    addAlternateNames(s.alternateNames(), out, towns);
    List<NamedPoint> states = s.cscStates().map(p -> CountryTables.parsePoints(AdminCodes.read(p), "countryCode"))
        .orElse(List.of());
    if (s.countryInfo().isPresent() && s.cscCountries().isPresent()) {
      addAll(out, CountryTables.countryEntries(CountryTables.parseCountryInfo(AdminCodes.read(s.countryInfo().get())),
          CountryTables.parsePoints(AdminCodes.read(s.cscCountries().get()), null), countryAliases()));
    }
    Map<String, Centroid> byAdmin1 = new HashMap<>();
    Map<String, Centroid> byAdmin2 = new HashMap<>();
    for (GazetteerEntry t : towns) {
      if (t.isPopulatedPlace()) {
        byAdmin1.computeIfAbsent(t.country() + "." + t.admin1Code(), k -> new Centroid()).add(t);
      }
    }
    addAll(out, AdminUnits.admin1Entries(admin1, states, byAdmin1));
    for (GazetteerEntry t : out.values()) {
      if (t.isPopulatedPlace() && !t.admin2().isEmpty()) {
        byAdmin2.computeIfAbsent(t.country() + "." + t.admin1Code() + "|" + t.admin2(), k -> new Centroid()).add(t);
      }
    }
    addAll(out, AdminUnits.admin2Entries(admin2Names, byAdmin2, admin1Names));
    addAll(out, regions());
    addAll(out, withAdmin1(ocha(s), towns, admin1Names));
    s.localNames().forEach(p -> addAll(out, withAdmin1(LocalNamesLoader.read(p), towns, admin1Names)));
    return List.copyOf(out.values());
  }

  /**
   * Adds the names of GeoNames alternate-name tables to the dump entries already loaded (by geonameid), replacing
   * them in {@code out} and {@code towns}.
   */
  static void addAlternateNames(List<Path> tables, Map<String, GazetteerEntry> out, List<GazetteerEntry> towns) {
    if (tables.isEmpty()) {
      return;
    }
    java.util.Set<Long> ids = new java.util.HashSet<>();
    towns.forEach(t -> ids.add(t.geonamesId()));
    Map<Long, List<String>> extra = new HashMap<>();
    for (Path table : tables) {
      AlternateNamesLoader.read(table, ids).forEach((id, names) -> extra.computeIfAbsent(id, k -> new ArrayList<>())
          .addAll(names));
    }
    for (int i = 0; i < towns.size(); i++) {
      GazetteerEntry t = towns.get(i);
      List<String> names = extra.get(t.geonamesId());
      if (names != null) {
        GazetteerEntry merged = AlternateNamesLoader.withNames(t, names);
        towns.set(i, merged);
        out.put(merged.id(), merged);
      }
    }
  }

  private static List<GazetteerEntry> ocha(GazetteerSources s) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (Path p : s.ochaUnits()) {
      Matcher m = GazetteerSources.OCHA_UNITS.matcher(p.getFileName().toString());
      if (m.matches() && !m.group(1).equals("0")) {
        out.addAll(OchaLoader.readUnits(p, Integer.parseInt(m.group(1))));
      }
    }
    s.ochaCapitals().forEach(p -> out.addAll(OchaLoader.readCapitals(p)));
    s.ochaPoints().forEach(p -> out.addAll(OchaLoader.readPoints(p)));
    return out;
  }

  /** Gives entries without a GeoNames admin1 code the code and name of the nearest town of their country. */
  static List<GazetteerEntry> withAdmin1(List<GazetteerEntry> entries, List<GazetteerEntry> towns,
      Map<String, String> admin1Names) {
    Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
    List<GazetteerEntry> out = new ArrayList<>();
    for (GazetteerEntry e : entries) {
      List<GazetteerEntry> candidates = byCountry.computeIfAbsent(e.country(),
          cc -> towns.stream().filter(t -> t.country().equals(cc) && !t.admin1Code().isEmpty()).toList());
      GazetteerEntry nearest = null;
      double best = Double.MAX_VALUE;
      for (GazetteerEntry t : candidates) {
        double d = Geo.distanceKm(e, t);
        if (d < best) {
          best = d;
          nearest = t;
        }
      }
      if (nearest == null || !e.admin1Code().isEmpty()) {
        out.add(e);
        continue;
      }
      String code = nearest.admin1Code();
      out.add(new GazetteerEntry(e.id(), e.geonamesId(), e.name(), e.asciiName(), e.alternateNames(), e.lat(),
          e.lon(), e.featureClass(), e.featureCode(), e.country(), code,
          admin1Names.getOrDefault(e.country() + "." + code, e.admin1Name()), e.admin2(), e.population(),
          e.source()));
    }
    return out;
  }

  private static void addAll(Map<String, GazetteerEntry> out, Collection<GazetteerEntry> entries) {
    entries.forEach(e -> out.putIfAbsent(e.id(), e));
  }

  static Map<String, List<String>> countryAliases() {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] f : resourceRows("country-aliases.tsv")) {
      out.put(f[0], List.of(f[1].split("\\|")));
    }
    return out;
  }

  static List<GazetteerEntry> regions() {
    List<GazetteerEntry> out = new ArrayList<>();
    for (String[] f : resourceRows("regions.tsv")) {
      String[] names = f[0].split("\\|");
      List<String> alts = List.of(names).subList(1, names.length);
      out.add(new GazetteerEntry("region:" + NameNormalizer.key(names[0]).replace(' ', '-'), null, names[0], null,
          alts, Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[1].equals("CONT") ? "L" : "L", f[1],
          f.length > 4 ? f[4] : "", "", "", "", 0, "observatory"));
    }
    return out;
  }

  private static List<String[]> resourceRows(String name) {
    return Resources.lines(GazetteerAssembler.class, name).stream().map(l -> l.split("\t", -1)).toList();
  }

  /** Running mean of town coordinates with their summed population. Mutable; local to one assembly. */
  static final class Centroid {
    double lat;
    double lon;
    long population;
    int n;

    void add(GazetteerEntry e) {
      lat += e.lat();
      lon += e.lon();
      population += e.population();
      n++;
    }
  }
}
