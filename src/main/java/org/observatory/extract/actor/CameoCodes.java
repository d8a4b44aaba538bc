package org.observatory.extract.actor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads CAMEO actor codes: three-letter chunks, first a country (ISO alpha-3) or a non-state prefix (IGO, NGO,
 * IMG, MNC), then role chunks. Stateless.
 */
final class CameoCodes {

  private CameoCodes() {}

  private static final Set<String> ISO3 = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  /** Role chunk to our sector; the first known chunk decides. */
  private static final Map<String, String> SECTORS = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("LEG", "government"), Map.entry("JUD", "government"),
      Map.entry("SPY", "government"), Map.entry("MIL", "military"), Map.entry("COP", "police"),
      Map.entry("REB", "rebel"), Map.entry("INS", "rebel"), Map.entry("IMG", "rebel"), Map.entry("UAF", "militia"),
      Map.entry("IGO", "igo"), Map.entry("NGO", "ngo"), Map.entry("HRI", "ngo"), Map.entry("MED", "media"),
      Map.entry("OPP", "opposition"), Map.entry("PTY", "party"), Map.entry("ELI", "person"),
      Map.entry("CVL", "civilian"), Map.entry("REF", "civilian"), Map.entry("EDU", "civilian"),
      Map.entry("LAB", "civilian"), Map.entry("AGR", "civilian"), Map.entry("HLH", "civilian"),
      Map.entry("BUS", "business"), Map.entry("MNC", "business"), Map.entry("REL", "religious"),
      Map.entry("CRM", "criminal"));

  static boolean isCountry(String chunk) {
    return chunk != null && chunk.length() == 3 && ISO3.contains(chunk);
  }

  /** The ISO alpha-3 country a code starts with, else null (also for a null code). */
  static String country(String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String first = code.substring(0, 3);
    return isCountry(first) ? first : null;
  }

  /** Our sector for a code, from its first known role chunk; null for a bare country or an unknown code. */
  static String sector(String code) {
    if (code == null) {
      return null;
    }
    String c = code.startsWith("~") ? code.substring(1) : code;
    for (int i = 0; i + 3 <= c.length(); i += 3) {
      String chunk = c.substring(i, i + 3);
      if (i == 0 && isCountry(chunk)) {
        continue;
      }
      String s = SECTORS.get(chunk);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** True for a code that is just a country ("TUR"): the state itself. */
  static boolean isBareCountry(String code) {
    return code != null && code.length() == 3 && isCountry(code);
  }
}
