package org.observatory.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.observatory.core.BadInputException;

/**
 * Readers for GeoNames' countryInfo.txt and for country-state-city's country.json / state.json. Stateless.
 */
public final class CountryTables {

  private CountryTables() {}

  /**
   * One row of countryInfo.txt.
   *
   * @param iso2 ISO 3166-1 alpha-2
   * @param iso3 alpha-3
   * @param name GeoNames' country name
   * @param capital capital name
   * @param population population
   * @param continent continent code (AS, EU, ...)
   * @param geonamesId GeoNames id, null when absent
   */
  public record CountryInfo(String iso2, String iso3, String name, String capital, long population,
      String continent, Long geonamesId) {}

  /**
   * A named point: a country or first-level unit from country-state-city.
   *
   * @param name name
   * @param code ISO code (country alpha-2, or subdivision code within the country)
   * @param country alpha-2 of the country
   * @param lat latitude
   * @param lon longitude
   */
  public record NamedPoint(String name, String code, String country, double lat, double lon) {}

  public static List<CountryInfo> parseCountryInfo(String content) {
    List<CountryInfo> out = new ArrayList<>();
    for (String line : content.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 17) {
        continue;
      }
      long pop = f[7].isBlank() ? 0 : Long.parseLong(f[7].trim());
      Long id = f[16].isBlank() ? null : Long.valueOf(f[16].trim());
      out.add(new CountryInfo(f[0], f[1], f[4], f[5], pop, f[8], id));
    }
    return out;
  }

  /** Parses country.json ({@code countryCodeField} null) or state.json ({@code countryCodeField} "countryCode"). */
  public static List<NamedPoint> parsePoints(String json, String countryCodeField) {
    List<NamedPoint> out = new ArrayList<>();
    try {
      for (JsonNode n : new ObjectMapper().readTree(json)) {
        String lat = n.path("latitude").asText("");
        String lon = n.path("longitude").asText("");
        if (lat.isBlank() || lon.isBlank() || "null".equals(lat)) {
          continue;
        }
        String code = n.path("isoCode").asText();
        String cc = countryCodeField == null ? code : n.path(countryCodeField).asText();
        out.add(new NamedPoint(n.path("name").asText(), code, cc, Double.parseDouble(lat), Double.parseDouble(lon)));
      }
    } catch (IOException | NumberFormatException e) {
      throw new BadInputException("country-state-city table", "not valid: " + e.getMessage(), e);
    }
    return out;
  }

  /** Country entries: GeoNames rows located by country-state-city points, with extra names from both. */
  public static List<GazetteerEntry> countryEntries(List<CountryInfo> infos, List<NamedPoint> points,
      Map<String, List<String>> aliases) {
    Map<String, NamedPoint> byCode = new HashMap<>();
    points.forEach(p -> byCode.put(p.code(), p));
    List<GazetteerEntry> out = new ArrayList<>();
    for (CountryInfo c : infos) {
      NamedPoint p = byCode.get(c.iso2());
      if (p == null) {
        continue;
      }
      List<String> alts = new ArrayList<>(aliases.getOrDefault(c.iso2(), List.of()));
      if (!p.name().equals(c.name())) {
        alts.add(p.name());
      }
      out.add(new GazetteerEntry("country:" + c.iso2(), c.geonamesId(), c.name(), c.name(), alts, p.lat(), p.lon(),
          "A", "PCLI", c.iso2(), "", "", "", c.population(), "geonames"));
    }
    return out;
  }
}
