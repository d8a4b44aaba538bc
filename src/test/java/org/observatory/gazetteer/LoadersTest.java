package org.observatory.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.core.BadInputException;

class LoadersTest {

  private static final String SARAQIB = "164816\tSarāqib\tSaraqib\tSaraqeb,Seraqib,OSAP,سراقب\t35.86447\t36.80591\tP\t"
      + "PPLA3\tSY\t\t12\t\t\t\t34231\t\t366\tAsia/Damascus\t2020-06-10";

  @Test
  void geoNamesLineBecomesAnEntryWithAdminNamesAndWithoutCodes() {
    GeoNamesLoader loader = new GeoNamesLoader(Map.of("SY.12", "Idlib"), Map.of());
    GazetteerEntry e = loader.parse(SARAQIB, "test:1");
    assertThat(e.id()).isEqualTo("geonames:164816");
    assertThat(e.geonamesId()).isEqualTo(164816L);
    assertThat(e.admin1Name()).isEqualTo("Idlib");
    assertThat(e.population()).isEqualTo(34231);
    assertThat(e.alternateNames()).contains("Saraqeb", "سراقب").doesNotContain("OSAP");
    assertThat(e.precision()).isEqualTo("locality");
  }

  @Test
  void shortGeoNamesLineIsRejectedWithItsPosition() {
    GeoNamesLoader loader = new GeoNamesLoader(Map.of(), Map.of());
    assertThatThrownBy(() -> loader.parse("1\tX", "file.txt:7")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("file.txt:7");
  }

  @Test
  void adminCodeTablesAreParsedFromTsvAndJson() {
    List<AdminCodes.Admin1> a1 = AdminCodes.parseAdmin1("SY.12\tIdlib\tIdlib\t169387\nbad line\n");
    assertThat(a1).hasSize(1);
    assertThat(a1.get(0).country()).isEqualTo("SY");
    assertThat(a1.get(0).localCode()).isEqualTo("12");
    assertThat(AdminCodes.parseAdmin2("[{\"code\":\"US.LA.079\",\"name\":\"Rapides Parish\"}]"))
        .containsEntry("US.LA.079", "Rapides Parish");
    assertThat(AdminCodes.parseAdmin2("US.LA.079\tRapides Parish\tRapides Parish\t4338356\n"))
        .containsEntry("US.LA.079", "Rapides Parish");
  }

  @Test
  void countriesAreLocatedByCountryStateCityPointsAndGetAliases() {
    List<CountryTables.CountryInfo> info = CountryTables.parseCountryInfo(
        "#ISO\tISO3\n" + "SY\tSYR\t760\tSY\tSyria\tDamascus\t185180\t22198110\tAS\t.sy\tSYP\tPound\t963\t\t\tar-SY\t163843\tIQ\t\n");
    List<CountryTables.NamedPoint> pts = CountryTables.parsePoints(
        "[{\"name\":\"Syria\",\"isoCode\":\"SY\",\"latitude\":\"35.00000000\",\"longitude\":\"38.00000000\"}]", null);
    List<GazetteerEntry> c = CountryTables.countryEntries(info, pts, Map.of("SY", List.of("Syrian Arab Republic")));
    assertThat(c).singleElement().satisfies(e -> {
      assertThat(e.featureCode()).isEqualTo("PCLI");
      assertThat(e.lat()).isEqualTo(35.0);
      assertThat(e.alternateNames()).contains("Syrian Arab Republic");
      assertThat(e.precision()).isEqualTo("country");
    });
  }

  @Test
  void ochaUnitsCarryArabicNamesPcodesAndCentres() throws IOException {
    String csv = "adm3_name,adm3_name1,adm3_pcode,adm2_name,adm1_name,adm0_pcode,adm3_ref_n,center_lat,center_lon\n"
        + "Abul Thohur,أبو الظهور,SY070001,Idleb,Idleb,SY,Abul Thohur,35.75,37.01\n";
    List<GazetteerEntry> units = OchaLoader.units(OchaLoader.parse(new StringReader(csv)), 3);
    assertThat(units).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("ocha:SY070001");
      assertThat(e.featureCode()).isEqualTo("ADM3");
      assertThat(e.alternateNames()).contains("أبو الظهور");
      assertThat(e.precision()).isEqualTo("admin3");
      assertThat(e.admin1Name()).isEqualTo("Idleb");
    });
  }

  @Test
  void localNamesCsvAddsVillagesWithAlternates(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("local-names.csv");
    Files.writeString(f, "name,lat,lon,country,featureCode,alternateNames\nTell Hamlet,36.1,37.2,SY,,Tal Hamlet|Tal Hamlit\n");
    List<GazetteerEntry> e = LocalNamesLoader.read(f);
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.featureCode()).isEqualTo("PPL");
      assertThat(x.alternateNames()).containsExactly("Tal Hamlet", "Tal Hamlit");
    });
  }

  @Test
  void indexIsBuiltOnceAndReopenedWithoutTheSources(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("cities500.txt"), SARAQIB + "\n");
    Files.writeString(src.resolve("admin1CodesASCII.txt"), "SY.12\tIdlib\tIdlib\t169387\n");
    Path index = dir.resolve("index");
    Gazetteer g = Gazetteer.open(src, index);
    assertThat(g.exact("Saraqeb")).extracting(GazetteerEntry::id).contains("geonames:164816");
    assertThat(g.admin1("SY", "12")).isPresent();
    Gazetteer reopened = Gazetteer.open(dir.resolve("absent"), index);
    assertThat(reopened.size()).isEqualTo(g.size());
    assertThat(reopened.lookup("Seraqeb")).isNotEmpty();
  }
}
