package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Published;

class KnownAgesTest {

  private static List<DateConstraint> read(Texts t) {
    return ElapsedYears.of(t.annotation());
  }

  private static DateConstraint.Period only(Texts t) {
    List<DateConstraint> cs = read(t);
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).periods()).hasSize(1);
    return cs.get(0).periods().get(0);
  }

  @Test
  void aCountrysAgedWarWithoutAStatedStartIsDatedFromTheListedStart() {
    DateConstraint.Period p = only(new Texts().sentence(
        "Aid/NN is/VBZ/be scarce/JJ in/IN Syria/NNP 's/POS nine-year/JJ war/NN ./."));
    assertThat(p.from()).isEqualTo(LocalDate.of(2018, 12, 13));
    assertThat(p.to()).isEqualTo(LocalDate.of(2021, 6, 15));
  }

  @Test
  void aConflictInItsNthYearTakesTheCountryTheSentenceNamesBeforeIt() {
    DateConstraint.Period p = only(new Texts().sentence("In/IN Syria/NNP ,/, where/WRB the/DT conflict/NN is/VBZ/be "
        + "now/RB in/IN its/PRP$ fifth/JJ year/NN ,/, food/NN is/VBZ/be short/JJ ./."));
    assertThat(p.from()).isEqualTo(LocalDate.of(2014, 12, 13));
    assertThat(p.to()).isEqualTo(LocalDate.of(2016, 6, 15));
  }

  @Test
  void yearsOfWarInACountryCountAsTheWarsAge() {
    DateConstraint.Period p = only(new Texts().sentence("After/IN eight/CD years/NNS of/IN war/NN in/IN Syria/NNP "
        + ",/, the/DT economy/NN is/VBZ/be in/IN ruins/NNS ./."));
    assertThat(p.from()).isEqualTo(LocalDate.of(2017, 12, 13));
    assertThat(p.to()).isEqualTo(LocalDate.of(2020, 6, 15));
  }

  @Test
  void anAgedWarNamingNoCountryTakesTheCountryTheTextMentionsMost() {
    Texts t = new Texts()
        .sentence("Syrian/JJ troops/NNS shelled/VBD/shell the/DT town/NN ./.")
        .sentence("Syria/NNP 's/POS neighbours/NNS closed/VBD/close their/PRP$ borders/NNS ./.")
        .sentence("Aid/NN is/VBZ/be scarce/JJ in/IN the/DT four-year/JJ war/NN ./.");
    DateConstraint.Period p = only(t);
    assertThat(p.from()).isEqualTo(LocalDate.of(2013, 12, 13));
    assertThat(p.to()).isEqualTo(LocalDate.of(2016, 6, 15));
  }

  @Test
  void aPlaceTheListDoesNotKnowBeforeTheWarStopsTheSearch() {
    Texts t = new Texts()
        .sentence("Syrian/JJ troops/NNS shelled/VBD/shell the/DT town/NN ./.")
        .sentence("Syria/NNP 's/POS neighbours/NNS closed/VBD/close their/PRP$ borders/NNS ./.")
        .sentence("There/EX is/VBZ/be Somalia/NNP/somalia/COUNTRY ,/, where/WRB the/DT nine-year/JJ war/NN "
            + "rages/VBZ/rage ./.");
    assertThat(read(t)).isEmpty();
  }

  @Test
  void countriesNamedOnlyAfterTheWarDoNotIdentifyIt() {
    Texts t = new Texts().sentence("The/DT seven-year/JJ war/NN has/VBZ/have driven/VBN/drive millions/NNS "
        + "to/TO Lebanon/NNP and/CC Jordan/NNP ./.");
    assertThat(read(t)).isEmpty();
  }

  @Test
  void anAgeAsLongAsAFinishedWarDescribesTheWholeWarAndIsNotRead() {
    Texts t = new Texts().sentence("He/PRP fought/VBD/fight in/IN the/DT eight-year/JJ Iran-Iraq/NNP war/NN ./.");
    assertThat(read(t)).isEmpty();
  }

  @Test
  void yearsAfterTheEndOfAFinishedWarCountFromItsEnd() {
    DateConstraint.Period p = only(new Texts().sentence("Ten/CD years/NNS after/IN the/DT end/NN of/IN the/DT "
        + "Lebanese/JJ civil/JJ war/NN ,/, Beirut/NNP is/VBZ/be rebuilt/VBN/rebuild ./."));
    assertThat(p.from()).isEqualTo(LocalDate.of(1999, 7, 13));
    assertThat(p.to()).isEqualTo(LocalDate.of(2002, 1, 13));
  }

  @Test
  void anAnniversaryOfANamedRevolutionPlacesPublicationWithinHalfAYearOfIt() {
    DateConstraint.Period p = only(new Texts().sentence("Crowds/NNS marked/VBD/mark the/DT 40th/JJ "
        + "anniversary/NN of/IN the/DT Islamic/NNP revolution/NN ./."));
    assertThat(p.from()).isEqualTo(LocalDate.of(2018, 8, 12));
    assertThat(p.to()).isEqualTo(LocalDate.of(2019, 8, 13));
  }

  @Test
  void aStartYearTheTextStatesIsReadInsteadOfTheList() {
    Texts t = new Texts()
        .sentence("The/DT Syrian/JJ uprising/NN began/VBD/begin in/IN 2004/CD ./.")
        .sentence("Aid/NN is/VBZ/be scarce/JJ in/IN the/DT nine-year/JJ Syrian/JJ war/NN ./.");
    DateConstraint.Period p = only(t);
    assertThat(p.from()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2014, 12, 31));
  }

  @Test
  void aKnownWarsAgeAloneGivesAnInferredRangeWithNoBestDay() {
    Texts t = new Texts().sentence("Aid/NN is/VBZ/be scarce/JJ in/IN Syria/NNP 's/POS nine-year/JJ war/NN ./.");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isEqualTo("2018-12-13");
    assertThat(p.latest()).isEqualTo("2021-06-15");
    assertThat(p.precision()).isEqualTo(Published.YEAR);
    assertThat(p.method()).contains("elapsed-time");
  }

  @Test
  void anAgeWithAHalfYearCountsItsWholeYears() {
    DateConstraint.Period p = only(new Texts().sentence("After/IN six/CD and/CC a/DT half/NN years/NNS of/IN "
        + "civil/JJ war/NN in/IN Syria/NNP ,/, towns/NNS lie/VBP/lie empty/JJ ./."));
    assertThat(p.from()).isEqualTo(LocalDate.of(2015, 12, 14));
    assertThat(p.to()).isEqualTo(LocalDate.of(2018, 6, 15));
  }
}
