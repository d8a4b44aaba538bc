package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class NamedDaysTest {

  private static final LocalDate REF = LocalDate.of(2021, 6, 14);

  private static List<TimeExpression> times(Texts t) {
    return new Resolver(REF, false).resolve(t.annotation());
  }

  @Test
  void nineElevenAsANameIsTheDayOfTheAttacksWhateverTheDocumentDate() {
    Texts t = new Texts().sentence("Airport/NN checks/NNS grew/VBD/grow since/IN 9\\/11/CD ./.")
        .sentence("The/DT post-9\\/11/JJ rules/NNS followed/VBD/follow the/DT 9\\/11/CD attacks/NNS ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value,
        TimeExpression::derivation).containsExactly(
            tuple("9/11", "DATE", "2001-09-11", "explicit"), tuple("9/11", "DATE", "2001-09-11", "explicit"),
            tuple("9/11", "DATE", "2001-09-11", "explicit"));
  }

  @Test
  void aTaggersMonthDayReadingOfTheNameIsReplaced() {
    Texts t = new Texts().sentence("Travel/NN changed/VBD/change after/IN 9\\/11/CD ./.")
        .timex("9/11", "DATE", "XXXX-09-11");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("9/11", "2001-09-11"));
  }

  @Test
  void otherSlashNumbersCountsAndLongerDatesAreNotTheName() {
    Texts t = new Texts().sentence("The/DT desk/NN is/VBZ/be open/JJ 24\\/7/CD ,/, 1\\/3/CD of/IN staff/NN left/VBD "
        + "on/IN 19\\/11/CD ,/, and/CC the/DT club/NN won/VBD/win 9\\/11/CD of/IN its/PRP$ games/NNS ./.");
    assertThat(times(t)).isEmpty();
  }

  @Test
  void aMonthDayWithAYearWordAfterItKeepsItsOwnYear() {
    Texts t = new Texts().sentence("The/DT fair/NN opens/VBZ/open on/IN 9\\/11/CD this/DT year/NN ./.")
        .timex("9/11 this year", "DATE", "2021-09-11");
    assertThat(times(t)).extracting(TimeExpression::value).containsExactly("2021-09-11");
  }
}
