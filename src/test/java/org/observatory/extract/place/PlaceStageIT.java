package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.document.Document;
import org.observatory.gazetteer.Geo;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Place;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

class PlaceStageIT {

  private static List<Place> places(String text) {
    PlaceStage stage = new PlaceStage(RealGazetteer.get());
    AnalysisState s = AnalysisState.of(Document.ofText(text, "test"))
        .with(Slot.ANNOTATION, Annotators.full().annotate(new AnnotationRequest(text, null)));
    return stage.apply(s).get(Slot.PLACES);
  }

  private static Place first(List<Place> places, String text) {
    return places.stream().filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no place '" + text + "' in " + places.stream().map(Place::text).toList()));
  }

  @Test
  void syrianTownsInASentenceResolveInSyriaWithCoordinates() {
    List<Place> p = places("Government forces shelled Maarat al-Numan and Khan Shaykhun in southern Idlib province, "
        + "while rebels attacked positions near Hama.");
    for (String name : List.of("Maarat al-Numan", "Khan Shaykhun", "Idlib", "Hama")) {
      Place x = first(p, name);
      assertThat(x.country()).as(name).isEqualTo("SY");
      assertThat(x.lat()).as(name).isNotNull();
    }
    assertThat(first(p, "Idlib").precision()).isEqualTo("admin1");
  }

  @Test
  void demonymsAreNotPlaces() {
    List<Place> p = places("Turkish and Syrian officials met Russian diplomats in Ankara on Monday.");
    assertThat(p).extracting(Place::text).doesNotContain("Turkish", "Syrian", "Russian").contains("Ankara");
  }

  @Test
  void distanceAndDirectionGiveAnOffsetPointWithUncertainty() {
    List<Place> p = places("An air strike hit a market 20 km north of Aleppo on Sunday.");
    Place rel = p.stream().filter(PlaceLookup::isRelative).findFirst().orElseThrow();
    Place aleppo = first(p, "Aleppo");
    assertThat(Geo.distanceKm(rel.lat(), rel.lon(), aleppo.lat(), aleppo.lon())).isBetween(15.0, 25.0);
    assertThat(rel.lat()).isGreaterThan(aleppo.lat());
    assertThat(rel.uncertaintyKm()).isPositive();
  }

  @Test
  void anUnknownVillageIsKeptUnresolvedInsideTheProvinceTheSentenceNames() {
    List<Place> p = places("Fighters gathered in Zurzur Qibli village in Hama province.");
    Place v = p.stream().filter(x -> x.text().startsWith("Zurzur")).findFirst().orElseThrow();
    assertThat(v.resolved()).isFalse();
    assertThat(v.admin1()).isEqualTo("Hama");
    assertThat(v.note()).contains("not in the gazetteer");
  }

  @Test
  void theSeedPlacesResolveAndTheUnknownCrossingIsEnclosedInIdlib() throws IOException {
    String text = Files.readString(SharedData.requireSeed());
    List<Place> p = places(text);
    for (String name : List.of("Saraqib", "Abu al-Duhur", "Idlib", "Aleppo", "Hama")) {
      Place x = first(p, name);
      assertThat(x.country()).as(name).isEqualTo("SY");
      assertThat(x.lat()).as(name).isNotNull();
      assertThat(x.resolved()).as(name).isTrue();
    }
    Place crossing = p.stream().filter(x -> x.text().contains("Kafr Lusin")).findFirst().orElseThrow();
    assertThat(crossing.resolved()).isFalse();
    assertThat(crossing.admin1()).isEqualTo("Idlib");
    assertThat(PlaceLookup.fineness(crossing.precision())).isGreaterThanOrEqualTo(PlaceLookup.fineness("admin1"));
    assertThat(p).noneMatch(x -> x.text().contains("Observatory"));
    Place road = p.stream().filter(x -> x.text().startsWith("highway linking")).findFirst().orElseThrow();
    assertThat(Geo.distanceKm(road.lat(), road.lon(), 35.86447, 36.80591)).isLessThan(25);
    assertThat(p).allSatisfy(x -> assertThat(x.provenance()).isNotNull());
  }
}
