package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.gazetteer.GazetteerEntry;
import org.observatory.gazetteer.Geo;
import org.observatory.record.Place;

/**
 * Relative locations built on resolved toponyms: "near X", "on the outskirts of X", "the entrance of X village",
 * "N km east of X", "north of X", "the highway linking A to B". Each yields a point (or a segment's midpoint)
 * with an uncertainty radius. Immutable and thread-safe.
 */
final class RelativeLocator {

  /**
   * A resolved toponym.
   *
   * @param span its span
   * @param entry its entry
   */
  record Located(Span span, GazetteerEntry entry) {}

  private static final String OPT_UNIT = "(?:the\\s+)?(?:(?:town|city|village|province|district)\\s+of\\s+)?";
  private static final String DIR = "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?";
  private static final Pattern DISTANCE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-?\\s*(km|kms|kilomet(?:er|re)s?|"
      + "miles?|mi)\\s+(?:\\([^)]{0,30}\\)\\s+)?" + DIR + "\\s+of\\s+" + OPT_UNIT + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DIRECTION = Pattern.compile("\\b(?:just\\s+)?" + DIR + "\\s+of\\s+" + OPT_UNIT + "$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NEAR = Pattern.compile("\\b(near|close to|outside|in the vicinity of|around|"
      + "(?:on|in) the outskirts of|(?:at|in) the entrance (?:of|to)|(?:on|at) the edge of|in the (?:centre|center|"
      + "heart) of)\\s+" + OPT_UNIT + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ROUTE = Pattern.compile("\\b(highway|road|motorway|route|railway|corridor)\\s+"
      + "(?:linking|connecting|between|from|that links|that connects|which links|which connects)\\s+" + OPT_UNIT + "$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ROUTE_JOIN = Pattern.compile("^\\s*(?:town|city|village)?\\s*(?:to|and|with)\\s+"
      + OPT_UNIT + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private RelativeLocator() {}

  static List<Place> locate(String text, List<Located> located) {
    List<Place> out = new ArrayList<>();
    for (int i = 0; i < located.size(); i++) {
      Located a = located.get(i);
      String before = text.substring(Math.max(0, a.span().start() - 80), a.span().start());
      int base = a.span().start() - before.length();
      Matcher route = ROUTE.matcher(before);
      if (route.find() && i + 1 < located.size()) {
        Place p = segment(text, base + route.start(), a, located.get(i + 1));
        if (p != null) {
          out.add(p);
          continue;
        }
      }
      Place p = pointNear(text, before, base, a);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static Place pointNear(String text, String before, int base, Located a) {
    GazetteerEntry e = a.entry();
    Matcher m = DISTANCE.matcher(before);
    if (m.find()) {
      double km = Double.parseDouble(m.group(1)) * (m.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? 1.609 : 1);
      double[] p = Geo.offset(e.lat(), e.lon(), km, bearing(m.group(3)));
      return PlaceFactory.relative(new Span(base + m.start(), a.span().end()), text, m.group().trim() + " " + e.name(),
          p[0], p[1], e, Math.max(2, 0.25 * km), "relative:distance-direction",
          "offset of " + km + " km from " + e.name());
    }
    m = DIRECTION.matcher(before);
    if (m.find() && !e.isCountry() && !e.isAdmin()) {
      double[] p = Geo.offset(e.lat(), e.lon(), 15, bearing(m.group(1)));
      return PlaceFactory.relative(new Span(base + m.start(), a.span().end()), text, m.group().trim() + " " + e.name(),
          p[0], p[1], e, 20, "relative:direction", "direction from " + e.name() + " without distance; 15 km assumed");
    }
    m = NEAR.matcher(before);
    if (m.find() && !e.isCountry() && !e.isAdmin()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      double km = w.contains("entrance") || w.contains("edge") || w.contains("centre") || w.contains("center")
          || w.contains("heart") ? 2 : w.contains("outskirts") ? 5 : 10;
      return PlaceFactory.relative(new Span(base + m.start(), a.span().end()), text, m.group(1) + " " + e.name(),
          e.lat(), e.lon(), e, km, "relative:near", "'" + m.group(1) + "' " + e.name());
    }
    return null;
  }

  private static Place segment(String text, int start, Located a, Located b) {
    if (b.span().start() - a.span().end() > 40) {
      return null;
    }
    String join = text.substring(a.span().end(), b.span().start());
    if (!ROUTE_JOIN.matcher(join).matches()) {
      return null;
    }
    GazetteerEntry x = a.entry();
    GazetteerEntry y = b.entry();
    double[] mid = Geo.midpoint(x.lat(), x.lon(), y.lat(), y.lon());
    double half = Geo.distanceKm(x, y) / 2;
    return PlaceFactory.relative(new Span(start, b.span().end()), text, x.name() + " – " + y.name(), mid[0], mid[1],
        x, half + 1, "relative:segment", "on the route between " + x.name() + " and " + y.name()
            + "; midpoint, radius half its length");
  }

  static double bearing(String dir) {
    String d = dir.toLowerCase(Locale.ROOT).replace("-", "");
    return switch (d) {
      case "north" -> 0;
      case "northeast" -> 45;
      case "east" -> 90;
      case "southeast" -> 135;
      case "south" -> 180;
      case "southwest" -> 225;
      case "west" -> 270;
      default -> 315;
    };
  }
}
