package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.gazetteer.Geo;
import org.observatory.record.Place;
import org.junit.jupiter.api.Test;

class PlaceExtractorTest {

  private final PlaceExtractor extractor = new PlaceExtractor(TinyGazetteer.get());

  private static List<PlaceMention> mentions(String text, String... names) {
    List<PlaceMention> out = new ArrayList<>();
    int from = 0;
    for (String n : names) {
      int start = text.indexOf(n, from);
      out.add(PlaceMention.of(new Span(start, start + n.length()), n, PlaceKind.ANY, "test", 0));
      from = start + n.length();
    }
    return out;
  }

  private static Place find(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void highwayLinkingTwoTownsIsLocatedBetweenThem() {
    String text = "Troops set up a post on the highway linking Abu al-Duhur town\u00a0to the city of Saraqib.";
    List<Place> places = extractor.fromMentions(text, mentions(text, "Abu al-Duhur", "Saraqib"));
    Place road = places.stream().filter(PlaceLookup::isRelative).findFirst().orElseThrow();
    assertThat(road.text()).startsWith("highway linking").endsWith("Saraqib");
    assertThat(Geo.distanceKm(road.lat(), road.lon(), 35.864, 36.806)).isLessThan(25);
    assertThat(road.uncertaintyKm()).isBetween(5.0, 20.0);
  }

  @Test
  void coOccurringPlacesPullAnAmbiguousNameToTheirCountry() {
    String text = "Storms hit Dallas, and Paris was flooded.";
    List<Place> places = extractor.fromMentions(text, mentions(text, "Dallas", "Paris"));
    assertThat(find(places, "Paris").country()).isEqualTo("US");
  }

  @Test
  void populationDecidesWithoutContext() {
    String text = "She moved to Paris.";
    assertThat(find(extractor.fromMentions(text, mentions(text, "Paris")), "Paris").country()).isEqualTo("FR");
  }

  @Test
  void unknownNameFallsBackToTheDominantAdmin1() {
    String text = "Fighting in Idlib. Shelling near Saraqib. A convoy crossed at Kafr Lusin.";
    List<Place> places = extractor.fromMentions(text, mentions(text, "Idlib", "Saraqib", "Kafr Lusin"));
    Place p = find(places, "Kafr Lusin");
    assertThat(p.resolved()).isFalse();
    assertThat(p.precision()).isEqualTo("admin1");
    assertThat(p.admin1()).isEqualTo("Idlib");
    assertThat(p.note()).contains("not in the gazetteer");
  }

  @Test
  void containerDecidesBetweenHomonyms() {
    String text = "They met in Paris, Texas.";
    assertThat(find(extractor.fromMentions(text, mentions(text, "Paris", "Texas")), "Paris").country())
        .isEqualTo("US");
  }

  @Test
  void nameWithNoEnclosingUnitStaysUnlocated() {
    String text = "They met in Atlantis.";
    Place p = find(extractor.fromMentions(text, mentions(text, "Atlantis")), "Atlantis");
    assertThat(p.precision()).isEqualTo("unresolved");
    assertThat(p.lat()).isNull();
  }

  @Test
  void distanceAndDirectionOffsetThePoint() {
    String text = "The strike hit a village 20 km east of Aleppo.";
    Place p = extractor.fromMentions(text, mentions(text, "Aleppo")).stream().filter(PlaceLookup::isRelative)
        .findFirst().orElseThrow();
    assertThat(Geo.distanceKm(p.lat(), p.lon(), 36.20, 37.16)).isBetween(18.0, 22.0);
    assertThat(p.lon()).isGreaterThan(37.16);
  }
}
