package org.observatory.merge;

import org.observatory.core.GreatCircle;
import java.util.Locale;
import org.observatory.record.Place;

/**
 * What location matching needs of a place: coordinates, the matching radius its precision allows, the country
 * and the name. Immutable.
 *
 * @param lat latitude in decimal degrees, or null
 * @param lon longitude in decimal degrees, or null
 * @param radiusKm how far apart two reports of this place may lie (see {@link #radiusKm(String)}), or null when
 *     the precision is country-level, regional or unknown
 * @param countryLevel true when the place is only known to the country
 * @param country ISO alpha-2 country code upper-cased, or null
 * @param name lower-cased gazetteer name (else mention text), or null
 */
public record PlaceKey(Double lat, Double lon, Double radiusKm, boolean countryLevel, String country, String name) {

  /** Radius for point, locality and admin3 places, in km. */
  public static final double LOCAL_RADIUS_KM = 25;
  /** Radius for admin2 places, in km. */
  public static final double ADMIN2_RADIUS_KM = 60;
  /** Radius for admin1 places, in km. */
  public static final double ADMIN1_RADIUS_KM = 150;


  /** The key of {@code place}, never null ({@code place} must not be null). */
  public static PlaceKey of(Place place) {
    String precision = place.precision() == null ? "" : place.precision().toLowerCase(Locale.ROOT);
    String name = place.name() != null ? place.name() : place.text();
    return new PlaceKey(place.lat(), place.lon(), radiusKm(precision), precision.equals("country"),
        place.country() == null ? null : place.country().toUpperCase(Locale.ROOT),
        name == null ? null : name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The matching radius of a precision: point, locality, admin3 {@value #LOCAL_RADIUS_KM} km; admin2
   * {@value #ADMIN2_RADIUS_KM} km; admin1 {@value #ADMIN1_RADIUS_KM} km; null for anything coarser or unknown.
   */
  public static Double radiusKm(String precision) {
    return switch (precision == null ? "" : precision.toLowerCase(Locale.ROOT)) {
      case "point", "locality", "admin3" -> LOCAL_RADIUS_KM;
      case "admin2" -> ADMIN2_RADIUS_KM;
      case "admin1" -> ADMIN1_RADIUS_KM;
      default -> null;
    };
  }

  /** True when coordinates and a radius are known. */
  public boolean located() {
    return lat != null && lon != null && radiusKm != null;
  }

  /** Great-circle (haversine) distance to {@code other} in km; both must be {@link #located()}. */
  public double distanceKm(PlaceKey other) {
    return GreatCircle.distanceKm(lat, lon, other.lat, other.lon);
  }
}
