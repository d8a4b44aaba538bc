package org.observatory.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoParserTest {

  @Test
  void datedRolesParseSixAndEightDigitDatesAndOpenEnds() {
    List<Role> r = CameoParser.roles("[TURGOV 021118-030314] [IGOUNO >20070101] [---] [TURELI]");
    assertThat(r).containsExactly(
        new Role("TURGOV", LocalDate.of(2002, 11, 18), LocalDate.of(2003, 3, 14)),
        new Role("IGOUNO", LocalDate.of(2007, 1, 1), null),
        new Role("TURELI", null, null));
  }

  @Test
  void namesWithoutCodesShareTheNextCodeBlock() {
    List<CameoParser.Parsed> p = CameoParser.actors("A_GROUP\nB_GROUP\n+B_ALIAS\n\t[SYRREB]\nC_ [USA]\n");
    assertThat(p).extracting(x -> x.names().get(0) + "=" + x.roles().get(0).code())
        .containsExactly("A_GROUP=SYRREB", "B_GROUP=SYRREB", "C_=USA");
    assertThat(p.get(1).names()).contains("B_ALIAS");
  }

  @Test
  void agentSubstitutionSetsAndBracedVariantsExpand() {
    List<CameoParser.ParsedAgent> a = CameoParser.agents(
        "!PERSON! = MAN, WOMAN\nPOLICE!PERSON! [~COP]\nGENDARMERY {GENDARMERIE} [~COP]\n");
    assertThat(a).extracting(CameoParser.ParsedAgent::name)
        .contains("POLICE_MAN_", "POLICE_WOMAN_", "GENDARMERY", "GENDARMERIE");
  }

  @Test
  void cameoCodesGiveCountryAndSector() {
    assertThat(CameoCodes.country("TURMIL")).isEqualTo("TUR");
    assertThat(CameoCodes.sector("TURMIL")).isEqualTo("military");
    assertThat(CameoCodes.sector("IGOUNO")).isEqualTo("igo");
    assertThat(CameoCodes.country("IGOUNO")).isNull();
    assertThat(CameoCodes.sector("SYRREBMUS")).isEqualTo("rebel");
  }

  @Test
  void nameWordsSplitHyphensAndPossessives() {
    assertThat(Norm.nameWords("People’s_Protection-Units_")).containsExactly("people", "'s", "protection", "units");
    assertThat(Norm.nameWords("ERDOĞAN")).containsExactly("erdogan");
  }
}
