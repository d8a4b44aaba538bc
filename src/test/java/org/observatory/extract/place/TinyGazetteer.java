package org.observatory.extract.place;

import java.util.List;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.GazetteerEntry;

/** A handful of entries, enough to test resolution without the real data. */
final class TinyGazetteer {

  private TinyGazetteer() {}

  static GazetteerEntry entry(String id, String name, List<String> alts, double lat, double lon, String fclass,
      String fcode, String cc, String a1, String a1name, long pop) {
    return new GazetteerEntry(id, null, name, null, alts, lat, lon, fclass, fcode, cc, a1, a1name, "", pop, "geonames");
  }

  static Gazetteer get() {
    return Gazetteer.of(List.of(
        entry("country:SY", "Syria", List.of(), 35, 38, "A", "PCLI", "SY", "", "", 22_000_000),
        entry("country:US", "United States", List.of("USA"), 38, -97, "A", "PCLI", "US", "", "", 327_000_000),
        entry("admin1:SY.12", "Idlib", List.of(), 35.83, 36.70, "A", "ADM1", "SY", "12", "Idlib", 1_500_000),
        entry("geonames:1", "Idlib", List.of(), 35.93, 36.63, "P", "PPLA", "SY", "12", "Idlib", 128_000),
        entry("geonames:2", "Sarāqib", List.of("Saraqeb"), 35.864, 36.806, "P", "PPLA3", "SY", "12", "Idlib", 34_000),
        entry("geonames:3", "Abū az̧ Z̧uhūr", List.of("Abu ad Duhur"), 35.74, 37.04, "P", "PPLA3", "SY", "12", "Idlib",
            0),
        entry("geonames:4", "Aleppo", List.of(), 36.20, 37.16, "P", "PPLA", "SY", "09", "Aleppo", 1_600_000),
        entry("geonames:5", "Paris", List.of(), 48.85, 2.35, "P", "PPLC", "FR", "11", "Ile-de-France", 2_100_000),
        entry("geonames:6", "Paris", List.of(), 33.66, -95.55, "P", "PPLA2", "US", "TX", "Texas", 25_000),
        entry("admin1:US.TX", "Texas", List.of(), 31.0, -99.0, "A", "ADM1", "US", "TX", "Texas", 25_000_000),
        entry("geonames:7", "Dallas", List.of(), 32.78, -96.80, "P", "PPLA2", "US", "TX", "Texas", 1_300_000),
        entry("geonames:8", "Deir ez-Zor", List.of("Deir al-Zor"), 35.34, 40.14, "P", "PPLA", "SY", "05",
            "Deir ez-Zor", 240_000)));
  }
}
