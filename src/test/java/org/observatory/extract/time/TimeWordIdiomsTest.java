package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

/**
 * Seen on real news (Guardian sample, read while checking time values on unseen text): "He supported the Arab spring
 * revolts" was tagged 2018-SP and "still viewed in some quarters as a reformer" a duration of quarters. The
 * sentences here are invented.
 */
class TimeWordIdiomsTest {

  private static final LocalDate REF = LocalDate.of(2019, 3, 14);

  private static List<String> texts(Texts t) {
    return new Resolver(REF, false).resolve(t.annotation()).stream().map(TimeExpression::text).toList();
  }

  @Test
  void aSeasonInsideAProperNameIsNoTime() {
    Texts t = new Texts().sentence("Protests/NNS recalled/VBD/recall the/DT Arab/JJ spring/NN ./.")
        .timex("spring", "DATE", "2019-SP")
        .sentence("She/PRP won/VBD/win at/IN the/DT Winter/NNP Olympics/NNPS ./.")
        .timex("Winter", "DATE", "2019-WI");
    assertThat(texts(t)).isEmpty();
  }

  @Test
  void aSeasonAfterATimeModifierStaysATime() {
    Texts t = new Texts().sentence("Talks/NNS resumed/VBD/resume Last/JJ spring/NN and/CC in/IN early/JJ summer/NN ./.")
        .timex("Last spring", "DATE", "2018-SP").timex("early summer", "DATE", "2018-SU");
    assertThat(texts(t)).containsExactly("Last spring", "early summer");
  }

  @Test
  void quartersMeaningCirclesOfPeopleAreNoTime() {
    Texts t = new Texts().sentence("He/PRP is/VBZ/be viewed/VBN/view in/IN some/DT quarters/NNS as/IN a/DT "
            + "reformer/NN ./.")
        .timex("some quarters", "DURATION", "PXQ");
    assertThat(texts(t)).isEmpty();
  }

  @Test
  void quartersOfAYearStayATime() {
    Texts t = new Texts().sentence("Sales/NNS fell/VBD/fall in/IN some/DT quarters/NNS of/IN the/DT year/NN ./.")
        .timex("some quarters", "DURATION", "PXQ");
    assertThat(texts(t)).contains("some quarters");
  }

  @Test
  void oneDayAfterAModalIsSomeFutureTimeNotADuration() {
    Texts t = new Texts().sentence("He/PRP should/MD one/CD day/NN be/VB/be asked/VBN/ask ./.")
        .timex("one day", "DURATION", "P1D")
        .sentence("The/DT talks/NNS lasted/VBD/last one/CD day/NN ./.")
        .timex("one day", "DURATION", "P1D");
    assertThat(new Resolver(REF, false).resolve(t.annotation())).extracting(TimeExpression::type,
        TimeExpression::value).containsExactly(org.assertj.core.groups.Tuple.tuple("DATE", "FUTURE_REF"),
        org.assertj.core.groups.Tuple.tuple("DURATION", "P1D"));
  }

  @Test
  void aTitleOfTheYearIsNoTimeButTheEndOfTheYearIs() {
    Texts t = new Texts().sentence("The/DT coach/NN of/IN the/DT year/NN resigned/VBD/resign ./.")
        .timex("the year", "DATE", "2019")
        .sentence("Talks/NNS stalled/VBD/stall at/IN the/DT end/NN of/IN the/DT year/NN ./.")
        .timex("the year", "DATE", "2019");
    assertThat(texts(t)).containsExactly("the year");
  }

  @Test
  void aNumberAfterAWordOfQuantityOrOfOtherThanFourDigitsIsNoYear() {
    Texts t = new Texts().sentence("As/IN many/JJ as/IN 1500/CD people/NNS fled/VBD/flee in/IN 2031/CD ./.")
        .timex("1500", "DATE", "1500").timex("2031", "DATE", "2031")
        .sentence("The/DT report/NN ended/VBD/end ./. 318/CD")
        .timex("318", "DATE", "0318");
    assertThat(texts(t)).containsExactly("2031");
  }

  @Test
  void aCapitalisedTodayAfterANameAndADailyOpeningANameAreNoTimes() {
    Texts t = new Texts().sentence("The/DT outlet/NN Basra/NNP Today/NNP said/VBD/say ,/, citing/VBG/cite "
        + "the/DT Daily/NNP Herald/NNP ./.")
        .timex("Today", "DATE", "2019-03-14").timex("Daily", "SET", "P1D");
    assertThat(texts(t)).isEmpty();
  }

  @Test
  void aLowerCaseTodayAndDailyStayTimes() {
    Texts t = new Texts().sentence("Basra/NNP today/NN receives/VBZ/receive daily/JJ flights/NNS ./.")
        .timex("today", "DATE", "2019-03-14").timex("daily", "SET", "P1D");
    assertThat(texts(t)).containsExactly("today", "daily");
  }

  @Test
  void mayAfterAFirstNameOrTitleOrAsTheSubjectOfAVerbIsAName() {
    Texts t = new Texts().sentence("Chancellor/NNP Jane/NNP May/NNP said/VBD/say talks/NNS would/MD resume/VB ./.")
        .timex("May", "DATE", "2019-05")
        .sentence("May/NNP told/VBD/tell reporters/NNS she/PRP would/MD stay/VB ./.")
        .timex("May", "DATE", "2019-05")
        .sentence("Minister/NNP May/NNP has/VBZ/have resigned/VBN/resign ./.")
        .timex("May", "DATE", "2019-05");
    assertThat(texts(t)).isEmpty();
  }

  @Test
  void mayAfterAPrepositionOrBeforeACopulaStaysAMonth() {
    Texts t = new Texts().sentence("Talks/NNS resumed/VBD/resume in/IN May/NNP ./.")
        .timex("May", "DATE", "2019-05")
        .sentence("May/NNP was/VBD/be the/DT worst/JJS month/NN ./.")
        .timex("May", "DATE", "2019-05");
    assertThat(texts(t)).containsExactly("May", "May");
  }

  @Test
  void aDecadeAfterAPossessivePronounIsAnAgeNotADecade() {
    Texts t = new Texts().sentence("The/DT driver/NN ,/, in/IN his/PRP$ late/JJ 50s/NNS ,/, fled/VBD/flee ./.")
        .timex("50s", "DATE", "195")
        .sentence("Two/CD women/NNS in/IN their/PRP$ forties/NNS were/VBD/be hurt/VBN ./.")
        .timex("forties", "DATE", "194")
        .sentence("Prices/NNS rose/VBD/rise in/IN the/DT late/JJ 1970s/NNS ./.")
        .timex("the late 1970s", "DATE", "197");
    assertThat(texts(t)).containsExactly("the late 1970s");
  }

  @Test
  void aBareMayIsThePersonOnceTheDocumentNamesTheresaMay() {
    Texts t = new Texts().sentence("Anna/NNP/anna/PERSON May/NNP/may/PERSON visited/VBD/visit the/DT port/NN ./.")
        .sentence("John/NNP Smith/NNP ,/, May/NNP 's/POS predecessor/NN ,/, agreed/VBD/agree ./.")
        .timex("May", "DATE", "2019-05")
        .sentence("Reporters/NNS waited/VBD/wait for/IN a/DT meeting/NN between/IN Lopez/NNP and/CC May/NNP ./.")
        .timex("May", "DATE", "2019-05")
        .sentence("Talks/NNS with/IN May/NNP \u2019s/POS aides/NNS stalled/VBD/stall ./.")
        .timex("May", "DATE", "2019-05");
    assertThat(texts(t)).isEmpty();
  }

  @Test
  void inMayStaysAMonthBesideMaysGovernmentWhenMayIsNamed() {
    Texts t = new Texts().sentence("Mrs/NNP May/NNP spoke/VBD/speak briefly/RB ./.")
        .sentence("In/IN May/NNP ,/, May/NNP 's/POS government/NN fell/VBD/fall ./.")
        .timex("May", "DATE", "2019-05");
    t.timex("In May", "DATE", "2019-05");
    assertThat(texts(t)).containsExactly("In May");
  }

  @Test
  void aDayNumberOrYearBesideMayKeepsItADateEvenWhenMayIsNamed() {
    Texts t = new Texts().sentence("Anna/NNP/anna/PERSON May/NNP/may/PERSON resigned/VBD/resign ./.")
        .sentence("The/DT vote/NN is/VBZ/be due/JJ May/NNP 5/CD ./.")
        .timex("May 5", "DATE", "2019-05-05")
        .sentence("It/PRP was/VBD/be held/VBN/hold 9/CD May/NNP ./.")
        .timex("9 May", "DATE", "2019-05-09")
        .sentence("Prices/NNS rose/VBD/rise between/IN April/NNP and/CC May/NNP ./.")
        .timex("May", "DATE", "2019-05");
    assertThat(texts(t)).containsExactly("May 5", "9 May", "May");
  }

  @Test
  void theTaggersDayNumberBesideASingleMayTokenKeepsItADate() {
    Texts t = new Texts().sentence("Anna/NNP/anna/PERSON May/NNP/may/PERSON resigned/VBD/resign ./.")
        .sentence("Voting/NN ends/VBZ/end May/NNP 5/CD ./.")
        .timex("May", "DATE", "2019-05");
    assertThat(texts(t)).containsExactly("May");
  }

  @Test
  void mayFiguresStayAMonthWhenNoPersonNamedMayAppears() {
    Texts t = new Texts().sentence("May/NNP 's/POS figures/NNS showed/VBD/show a/DT fall/NN ./.")
        .timex("May", "DATE", "2019-05")
        .sentence("Officials/NNS met/VBD/meet with/IN May/NNP delegates/NNS ./.")
        .timex("May", "DATE", "2019-05");
    assertThat(texts(t)).containsExactly("May", "May");
  }

  @Test
  void aMonthThatIsAGivenNameMakesNoSurname() {
    Texts t = new Texts().sentence("June/NNP/june/PERSON Ortiz/NNP/ortiz/PERSON arrived/VBD/arrive ./.")
        .sentence("June/NNP 's/POS figures/NNS were/VBD/be weak/JJ ./.")
        .timex("June", "DATE", "2019-06");
    assertThat(texts(t)).containsExactly("June");
  }

  @Test
  void anotherMonthSurnameTaggedAPersonIsThePersonToo() {
    Texts t = new Texts().sentence("Paul/NNP/paul/PERSON March/NNP/march/PERSON arrived/VBD/arrive ./.")
        .sentence("Officials/NNS later/RB met/VBD/meet March/NNP ./.")
        .timex("March", "DATE", "2019-03")
        .sentence("Rain/NN fell/VBD/fall in/IN March/NNP ./.")
        .timex("March", "DATE", "2019-03");
    assertThat(texts(t)).containsExactly("March");
  }
}
