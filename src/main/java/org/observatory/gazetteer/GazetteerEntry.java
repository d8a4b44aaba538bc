package org.observatory.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One place in the gazetteer. Immutable.
 *
 * @param id stable id unique in the gazetteer: {@code geonames:<id>}, {@code ocha:<pcode>}, {@code country:<ISO2>},
 *     {@code admin1:<CC.code>}, {@code admin2:<CC.a1.a2>}, {@code local:<n>}; never null
 * @param geonamesId GeoNames id, null when the source has none
 * @param name display name, never null
 * @param asciiName ASCII form of the name (may equal {@code name}), never null
 * @param alternateNames other names (Latin and Arabic script kept), never null
 * @param lat latitude, decimal degrees WGS84
 * @param lon longitude, decimal degrees WGS84
 * @param featureClass GeoNames feature class (A admin/country, P populated place, L area/region, S spot, ...)
 * @param featureCode GeoNames feature code (PCLI, ADM1, ADM2, ADM3, PPLC, PPLA, PPL, CONT, ...)
 * @param country ISO 3166-1 alpha-2 code, or empty for regions spanning countries
 * @param admin1Code GeoNames admin1 code within the country ("12"), or empty
 * @param admin1Name name of the first-level unit, or empty
 * @param admin2 name of the second-level unit, or empty
 * @param population population, 0 when unknown
 * @param source where the entry came from: geonames, ocha, country-state-city, local
 */
public record GazetteerEntry(String id, Long geonamesId, String name, String asciiName, List<String> alternateNames,
    double lat, double lon, String featureClass, String featureCode, String country, String admin1Code,
    String admin1Name, String admin2, long population, String source) {

  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    asciiName = asciiName == null || asciiName.isBlank() ? name : asciiName;
    alternateNames = List.copyOf(alternateNames == null ? List.of() : alternateNames);
    featureClass = nz(featureClass);
    featureCode = nz(featureCode);
    country = nz(country);
    admin1Code = nz(admin1Code);
    admin1Name = nz(admin1Name);
    admin2 = nz(admin2);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** All names: name, ASCII name and alternates. */
  public List<String> allNames() {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(alternateNames.size() + 2);
    out.add(name);
    out.add(asciiName);
    out.addAll(alternateNames);
    return out;
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL") || featureCode.equals("TERR");
  }

  public boolean isRegion() {
    return featureCode.equals("CONT") || featureCode.equals("RGN") || featureCode.equals("GULF");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  public boolean isAdmin() {
    return featureClass.equals("A") && !isCountry();
  }

  public boolean isPopulatedPlace() {
    return featureClass.equals("P");
  }

  /** Admin level 1..4 for ADMn features, 0 for everything else. */
  public int adminLevel() {
    if (featureCode.length() == 4 && featureCode.startsWith("ADM") && Character.isDigit(featureCode.charAt(3))) {
      return featureCode.charAt(3) - '0';
    }
    return 0;
  }

  /** The record's precision word for this entry: country, region, admin1..admin3, locality or point. */
  public String precision() {
    if (isCountry()) {
      return "country";
    }
    if (isRegion() || featureClass.equals("L") && !featureCode.startsWith("PRK")) {
      return "region";
    }
    int level = adminLevel();
    if (level >= 1) {
      return "admin" + Math.min(level, 3);
    }
    return featureClass.equals("P") ? "locality" : "point";
  }
}
