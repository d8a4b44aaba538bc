package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.GazetteerEntry;

class GazetteerIT {

  @Test
  void transliterationVariantsOfSyrianTownsFindTheSameEntry() {
    Gazetteer g = RealGazetteer.get();
    assertThat(g.lookup("Abu al-Duhur")).anyMatch(e -> e.country().equals("SY") && e.isPopulatedPlace());
    assertThat(g.lookup("Abu Dhuhur")).anyMatch(e -> e.country().equals("SY"));
    assertThat(g.lookup("Idleb")).anyMatch(e -> e.country().equals("SY"));
    assertThat(g.lookup("Saraqeb")).anyMatch(e -> e.country().equals("SY"));
  }

  @Test
  void arabicScriptNamesFromOchaAndGeoNamesResolve() {
    Gazetteer g = RealGazetteer.get();
    assertThat(g.exact("حلب")).anyMatch(e -> e.country().equals("SY"));
    assertThat(g.exact("سراقب")).anyMatch(e -> e.country().equals("SY"));
  }

  @Test
  void governoratesAndCountriesAreLocated() {
    Gazetteer g = RealGazetteer.get();
    GazetteerEntry idlib = g.exact("Idlib").stream().filter(GazetteerEntry::isAdmin1).findFirst().orElseThrow();
    assertThat(idlib.lat()).isBetween(35.0, 36.5);
    assertThat(g.country("SY")).get().extracting(GazetteerEntry::precision).isEqualTo("country");
    assertThat(g.exact("Saraqib District")).isEmpty();
  }
}
