package org.observatory.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoNames alternate-name tables and dump discovery, on a tiny fixture directory (no network, no shared data). */
class GazetteerAlternateNamesTest {

  private static Path fixture() throws URISyntaxException {
    return Path.of(GazetteerAlternateNamesTest.class.getResource("geonames-fixture").toURI());
  }

  @Test
  void perCountryAndAllCountriesDumpsAreFoundButAlternateNameTablesAreNotTakenForDumps() throws Exception {
    GazetteerSources s = GazetteerSources.find(fixture());
    assertThat(s.dumps()).extracting(p -> fixture().relativize(p).toString())
        .containsExactlyInAnyOrder("SY.txt", "allCountries.txt");
    assertThat(s.alternateNames()).extracting(p -> fixture().relativize(p).toString().replace('\\', '/'))
        .containsExactlyInAnyOrder("alternateNamesV2.txt", "alternatenames/SY.txt");
  }

  @Test
  void tableRowsOfWantedIdsBecomeNamesWithoutLinksPostcodesAndAirportCodes() throws Exception {
    Map<Long, List<String>> names = AlternateNamesLoader.read(fixture().resolve("alternateNamesV2.txt"),
        Set.of(164816L));
    assertThat(names).containsOnlyKeys(164816L);
    assertThat(names.get(164816L)).containsExactly("Saraqib Town", "Séraqib-la-Vieille");
  }

  @Test
  void assembledEntriesCarryTheNamesOfEveryTableAndNoNewEntriesAppear() throws Exception {
    List<GazetteerEntry> entries = GazetteerAssembler.assemble(GazetteerSources.find(fixture()));
    GazetteerEntry saraqib = entries.stream().filter(e -> e.id().equals("geonames:164816")).findFirst().orElseThrow();
    assertThat(saraqib.alternateNames()).contains("Saraqeb", "سراقب", "Saraqib Town", "سراقب الجديدة")
        .doesNotContain("SRQ", "12345", "SYSRQ", "Q1234567").noneMatch(n -> n.startsWith("http"));
    GazetteerEntry ankara = entries.stream().filter(e -> e.id().equals("geonames:323786")).findFirst().orElseThrow();
    assertThat(ankara.alternateNames()).contains("Ancyra");
    assertThat(entries).noneMatch(e -> e.name().equals("Nowhere Town") || e.alternateNames().contains("Nowhere Town"));
  }

  @Test
  void builtIndexFindsAPlaceUnderANameOnlyTheAlternateNameTableGives(@TempDir Path index) throws Exception {
    Gazetteer g = Gazetteer.open(fixture(), index);
    assertThat(g.exact("Saraqib Town")).extracting(GazetteerEntry::id).containsExactly("geonames:164816");
    assertThat(g.exact("Ancyra")).extracting(GazetteerEntry::id).containsExactly("geonames:323786");
  }

  @Test
  void namesAlreadyKnownUnderTheSameKeyAreNotAddedTwice() {
    GazetteerEntry e = new GazetteerEntry("geonames:1", 1L, "Idlib", "Idlib", List.of("Idleb"), 35.9, 36.6, "P",
        "PPLA", "SY", "", "", "", 0, "geonames");
    assertThat(AlternateNamesLoader.withNames(e, List.of("IDLEB", "Idlib", "Edlib")).alternateNames())
        .containsExactly("Idleb", "Edlib");
    assertThat(AlternateNamesLoader.withNames(e, List.of("idleb"))).isSameAs(e);
  }
}
