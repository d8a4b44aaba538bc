package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class LostApostropheWeekdaysTest {

  /** A Monday. */
  private static final LocalDate REF = LocalDate.of(2021, 6, 14);

  private static List<TimeExpression> times(Texts t) {
    return new Resolver(REF, false).resolve(t.annotation());
  }

  @Test
  void aPluralWeekdayBeforeAdjectivesAndANounIsThePastDayItOwns() {
    Texts t = new Texts().sentence("Inspectors/NNS visited/VBD/visit the/DT scene/NN of/IN Thursdays/NNPS "
        + "reported/VBN toxic/JJ leak/NN ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Thursday", "2021-06-10"));
  }

  @Test
  void aParticipleTheTaggerReadAsAPastVerbStillModifiesTheNoun() {
    Texts t = new Texts().sentence("Officials/NNS discussed/VBD/discuss Saturdays/NNPS suspected/VBD arson/NN ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Saturday", "2021-06-12"));
  }

  @Test
  void anAdjectiveStandingForPeopleIsOwnedByTheDay() {
    Texts t = new Texts().sentence("A/DT nurse/NN was/VBD/be among/IN Fridays/NNS injured/JJ ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Friday", "2021-06-11"));
  }

  @Test
  void recurringWeekdaysAfterAQuantifierOfOrBeforeAVerbAreNotADay() {
    Texts t = new Texts().sentence("Most/JJS of/IN Sundays/NNPS quiet/JJ hours/NNS passed/VBD/pass ./.")
        .sentence("The/DT shop/NN opens/VBZ/open Tuesdays/NNPS ./.")
        .sentence("Sundays/NNPS seemed/VBD/seem calm/JJ ./.");
    assertThat(times(t)).isEmpty();
  }
}
