package org.observatory.extract.place;

import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.gazetteer.GazetteerEntry;
import org.observatory.record.Place;

/** Builds {@link Place} records. Pure. */
final class PlaceFactory {

  static final String STAGE = "places";

  private PlaceFactory() {}

  static Place resolved(PlaceMention m, GazetteerEntry e, String how, String text) {
    return new Place(m.span().of(text), m.span().start(), m.span().end(), e.name(), e.geonamesId(), e.lat(), e.lon(),
        blankToNull(e.country()), admin1(e), e.featureCode(), e.precision(), true, null,
        how + "; " + credit(e), Provenance.of(STAGE, m.rule(), m.span()));
  }

  static Place enclosed(PlaceMention m, GazetteerEntry unit, String from, String text) {
    String note = "'" + m.name() + "' is not in the gazetteer; located by the enclosing unit " + unit.name() + " ("
        + unit.precision() + ") from " + from + "; " + credit(unit);
    return new Place(m.span().of(text), m.span().start(), m.span().end(), unit.name(), unit.geonamesId(), unit.lat(),
        unit.lon(), blankToNull(unit.country()), admin1(unit), unit.featureCode(), unit.precision(), false, null, note,
        Provenance.of(STAGE, m.rule() + "+enclosing-unit", m.span()));
  }

  static Place unlocated(PlaceMention m, String text) {
    return new Place(m.span().of(text), m.span().start(), m.span().end(), m.name(), null, null, null, null, null,
        null, "unresolved", false, null, "'" + m.name() + "' is not in the gazetteer and the text names no enclosing "
            + "unit", Provenance.of(STAGE, m.rule(), m.span()));
  }

  /** A point derived from other places (relative location), with its uncertainty radius. */
  static Place relative(Span span, String text, String name, double lat, double lon, GazetteerEntry anchor,
      double uncertaintyKm, String rule, String note) {
    return new Place(span.of(text), span.start(), span.end(), name, null, lat, lon, blankToNull(anchor.country()),
        admin1(anchor), null, "point", true, uncertaintyKm, note + "; " + credit(anchor),
        Provenance.of(STAGE, rule, span));
  }

  static String admin1(GazetteerEntry e) {
    if (e.isAdmin1()) {
      return e.name();
    }
    return blankToNull(e.admin1Name());
  }

  static String credit(GazetteerEntry e) {
    return switch (e.source()) {
      case "geonames" -> "coordinates: GeoNames (CC BY 4.0)";
      case "ocha" -> "coordinates: OCHA COD-AB";
      case "local" -> "coordinates: local names file";
      default -> "coordinates: Observatory region table";
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
