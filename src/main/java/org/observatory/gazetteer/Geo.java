package org.observatory.gazetteer;

import org.observatory.core.GreatCircle;

/** Great-circle geometry on a sphere of radius 6371 km. Pure functions. */
public final class Geo {

  public static final double EARTH_RADIUS_KM = GreatCircle.EARTH_RADIUS_KM;

  private Geo() {}

  /** Haversine distance in kilometres between two points in decimal degrees. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    return GreatCircle.distanceKm(lat1, lon1, lat2, lon2);
  }

  public static double distanceKm(GazetteerEntry a, GazetteerEntry b) {
    return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
  }

  /**
   * Equirectangular approximation of {@link #distanceKm}: within 1 % below a few hundred km, cheaper; for ranking
   * nearby candidates, not for reporting.
   */
  public static double approxKm(GazetteerEntry a, GazetteerEntry b) {
    double x = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
    double y = Math.toRadians(b.lat() - a.lat());
    return Math.sqrt(x * x + y * y) * EARTH_RADIUS_KM;
  }

  /**
   * The point {@code km} kilometres from (lat, lon) on initial bearing {@code bearingDeg} (0 north, 90 east).
   *
   * @return {lat, lon}
   */
  public static double[] offset(double lat, double lon, double km, double bearingDeg) {
    double d = km / EARTH_RADIUS_KM;
    double b = Math.toRadians(bearingDeg);
    double p1 = Math.toRadians(lat);
    double l1 = Math.toRadians(lon);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
    double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    return new double[] {Math.toDegrees(p2), ((Math.toDegrees(l2) + 540) % 360) - 180};
  }

  /** Midpoint of two points (good enough for the short segments it is used on): {lat, lon}. */
  public static double[] midpoint(double lat1, double lon1, double lat2, double lon2) {
    return new double[] {(lat1 + lat2) / 2, (lon1 + lon2) / 2};
  }
}
