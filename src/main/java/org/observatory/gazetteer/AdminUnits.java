package org.observatory.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.observatory.gazetteer.AdminCodes.Admin1;
import org.observatory.gazetteer.CountryTables.NamedPoint;
import org.observatory.gazetteer.GazetteerAssembler.Centroid;

/** Derives located admin1 and admin2 entries from GeoNames code tables. Stateless. */
final class AdminUnits {

  private static final Pattern GENERIC = Pattern.compile(
      "\\s+(governorate|province|region|district|state|oblast|prefecture|county|department|municipality|emirate)$");

  private AdminUnits() {}

  /** Strips a trailing generic word ("Idlib Governorate" → "Idlib") and returns the key. */
  static String coreKey(String name) {
    return GENERIC.matcher(NameNormalizer.key(name)).replaceAll("");
  }

  static List<GazetteerEntry> admin1Entries(List<Admin1> admin1, List<NamedPoint> states,
      Map<String, Centroid> towns) {
    Map<String, NamedPoint> stateByKey = new HashMap<>();
    for (NamedPoint p : states) {
      stateByKey.put(p.country() + "|" + coreKey(p.name()), p);
      stateByKey.putIfAbsent(p.country() + "|code:" + p.code(), p);
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (Admin1 a : admin1) {
      String cc = a.country();
      NamedPoint p = stateByKey.get(cc + "|" + coreKey(a.name()));
      if (p == null) {
        p = stateByKey.get(cc + "|" + coreKey(a.asciiName()));
      }
      if (p == null) {
        p = stateByKey.get(cc + "|code:" + a.localCode());
      }
      Centroid c = towns.get(a.code());
      if (p == null && c == null) {
        continue;
      }
      List<String> alts = new ArrayList<>();
      if (p != null && !p.name().equals(a.name())) {
        alts.add(p.name());
      }
      double lat = p != null ? p.lat() : c.lat / c.n;
      double lon = p != null ? p.lon() : c.lon / c.n;
      out.add(new GazetteerEntry("admin1:" + a.code(), a.geonamesId(), a.name(), a.asciiName(), alts, lat, lon, "A",
          "ADM1", cc, a.localCode(), a.name(), "", c == null ? 0 : c.population, "geonames"));
    }
    return out;
  }

  static List<GazetteerEntry> admin2Entries(Map<String, String> admin2Names, Map<String, Centroid> towns,
      Map<String, String> admin1Names) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (Map.Entry<String, String> e : admin2Names.entrySet()) {
      String[] code = e.getKey().split("\\.");
      if (code.length != 3) {
        continue;
      }
      Centroid c = towns.get(code[0] + "." + code[1] + "|" + e.getValue());
      if (c == null) {
        continue;
      }
      out.add(new GazetteerEntry("admin2:" + e.getKey(), null, e.getValue(), null, List.of(), c.lat / c.n,
          c.lon / c.n, "A", "ADM2", code[0], code[1], admin1Names.getOrDefault(code[0] + "." + code[1], ""), e.getValue(),
          c.population, "geonames"));
    }
    return out;
  }
}
