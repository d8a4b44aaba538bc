package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Published;

class ElapsedYearsTest {

  private static DateConstraint.Period only(Texts t) {
    List<DateConstraint> cs = ElapsedYears.of(t.annotation());
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).periods()).hasSize(1);
    return cs.get(0).periods().get(0);
  }

  @Test
  void anAgedWarWithItsStartYearElsewhereInTheTextPlacesPublicationAroundStartPlusAge() {
    Texts t = new Texts()
        .sentence("The/DT uprising/NN began/VBD/begin in/IN 2004/CD ./.")
        .sentence("Aid/NN is/VBZ/be scarce/JJ in/IN the/DT nine-year/JJ war/NN ./.");
    DateConstraint.Period p = only(t);
    assertThat(p.from()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2014, 12, 31));
  }

  @Test
  void aWarInItsNthYearThatBeganInAStatedYearPlacesPublicationInTheNextYearOrTwo() {
    Texts t = new Texts().sentence("The/DT war/NN ,/, now/RB in/IN its/PRP$ ninth/JJ year/NN ,/, began/VBD/begin "
        + "in/IN 2002/CD ./.");
    DateConstraint.Period p = only(t);
    assertThat(p.from()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2011, 12, 31));
  }

  @Test
  void aYearBesideYearsAgoInTheSameClauseGivesThePublicationYears() {
    Texts t = new Texts().sentence("In/IN 2003/CD ,/, six/CD years/NNS ago/RB ,/, the/DT dam/NN burst/VBD ./.");
    DateConstraint.Period p = only(t);
    assertThat(p.from()).isEqualTo(LocalDate.of(2008, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2010, 12, 31));
  }

  @Test
  void sinceAYearForSomeYearsNowGivesThePublicationYears() {
    Texts t = new Texts().sentence("They/PRP have/VBP/have lived/VBN/live here/RB since/IN 1996/CD ,/, for/IN "
        + "ten/CD years/NNS now/RB ./.");
    DateConstraint.Period p = only(t);
    assertThat(p.from()).isEqualTo(LocalDate.of(2005, 1, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2007, 12, 31));
  }

  @Test
  void aWarStartedAsAnIndefiniteAgedWarIsAFinishedPeriodAndNotRead() {
    Texts t = new Texts().sentence("In/IN 1980/CD he/PRP launched/VBD/launch an/DT invasion/NN that/WDT "
        + "started/VBD/start an/DT eight-year/JJ war/NN ./.");
    assertThat(ElapsedYears.of(t.annotation())).isEmpty();
  }

  @Test
  void anAgedWarIsNotLinkedWhenTheTextGivesSeveralStartYears() {
    Texts t = new Texts()
        .sentence("The/DT first/JJ war/NN began/VBD/begin in/IN 1991/CD ./.")
        .sentence("The/DT other/JJ conflict/NN erupted/VBD/erupt in/IN 2003/CD ./.")
        .sentence("Aid/NN is/VBZ/be scarce/JJ in/IN the/DT nine-year/JJ war/NN ./.");
    assertThat(ElapsedYears.of(t.annotation())).isEmpty();
  }

  @Test
  void theElapsedYearsNarrowTheInferredBound() {
    Texts t = new Texts()
        .sentence("The/DT uprising/NN began/VBD/begin in/IN 2004/CD ./.").timex("2004", "DATE", "2004")
        .sentence("Aid/NN is/VBZ/be scarce/JJ in/IN the/DT two-year/JJ war/NN ./.");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isEqualTo("2005-01-01");
    assertThat(p.latest()).isEqualTo("2007-12-31");
    assertThat(p.method()).contains("elapsed-time");
  }
}
