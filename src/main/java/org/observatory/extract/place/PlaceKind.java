package org.observatory.extract.place;

import org.observatory.gazetteer.GazetteerEntry;

/** What the text says a mention is, which narrows the gazetteer candidates. */
public enum PlaceKind {
  ANY, COUNTRY, ADMIN1, DISTRICT, POPULATED, FACILITY,
  /** A street, road or numbered highway: never looked up in the gazetteer, placed by its enclosing unit. */
  STREET;

  /** True when {@code e} fits this kind. */
  public boolean fits(GazetteerEntry e) {
    return switch (this) {
      case ANY, FACILITY -> true;
      case COUNTRY -> e.isCountry();
      case ADMIN1 -> e.isAdmin1();
      case DISTRICT -> e.adminLevel() >= 2;
      case POPULATED -> e.isPopulatedPlace();
      case STREET -> false;
    };
  }

  /** The kind named by a unit word ("province", "village", "border crossing", ...); ANY when not a unit word. */
  public static PlaceKind ofUnitWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return switch (w) {
      case "province", "governorate", "state", "oblast", "emirate" -> ADMIN1;
      case "district", "sub-district", "subdistrict", "nahiyah", "nahiya", "county", "parish", "municipality",
          "region" -> DISTRICT;
      case "town", "city", "village", "hamlet", "suburb", "neighbourhood", "neighborhood", "camp" -> POPULATED;
      case "crossing", "airport", "base", "airbase", "dam", "checkpoint", "bridge", "port", "countryside" -> FACILITY;
      default -> ANY;
    };
  }
}
