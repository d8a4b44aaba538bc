package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class FinancialPeriodsTest {

  private static final LocalDate NOV_1989 = LocalDate.of(1989, 11, 1);

  private static TimeExpression only(Texts t, String text) {
    List<TimeExpression> all = new Resolver(NOV_1989, false).resolve(t.annotation());
    return all.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void theYearAgoPeriodIsTheReportedQuarterOneYearBack() {
    Texts t = new Texts().sentence("Net/NN rose/VBD/rise in/IN the/DT third/JJ quarter/NN ./.")
        .sentence("It/PRP lost/VBD/lose money/NN in/IN the/DT year-ago/JJ period/NN ./.")
        .timex("the third quarter", "DATE", "1989-Q3");
    assertThat(only(t, "the year-ago period").value()).isEqualTo("1988-Q3");
  }

  @Test
  void theLatestPeriodWithoutAStatedQuarterIsTheQuarterBeforeTheDocumentDate() {
    Texts t = new Texts().sentence("Sales/NNS in/IN the/DT latest/JJS period/NN rose/VBD/rise ./.");
    assertThat(only(t, "the latest period").value()).isEqualTo("1989-Q3");
  }

  @Test
  void aYearEarlierNextToAQuarterIsThatQuarterOneYearBack() {
    Texts t = new Texts().sentence("Third-quarter/JJ net/NN was/VBD/be $/$ 10/CD million/CD ,/, against/IN $/$ 9/CD "
            + "million/CD a/DT year/NN earlier/RBR ./.")
        .timex("Third-quarter", "DATE", "1989-Q3").timex("a year earlier", "DATE", "1988");
    assertThat(only(t, "a year earlier").value()).isEqualTo("1988-Q3");
  }

  @Test
  void lastYearFarFromAnyQuarterStaysAYear() {
    Texts t = new Texts().sentence("Third-quarter/JJ net/NN rose/VBD/rise ./.")
        .sentence("The/DT plant/NN opened/VBD/open in/IN May/NNP ./.")
        .sentence("It/PRP was/VBD/be sold/VBN/sell last/JJ year/NN ./.")
        .timex("Third-quarter", "DATE", "1989-Q3").timex("last year", "DATE", "1988");
    assertThat(only(t, "last year").value()).isEqualTo("1988");
  }

  @Test
  void theFutureIsAFutureReference() {
    Texts t = new Texts().sentence("Prices/NNS may/MD rise/VB in/IN the/DT near/JJ future/NN ./.");
    assertThat(only(t, "the near future").value()).isEqualTo("FUTURE_REF");
  }

  @Test
  void theYearEndedIsAOneYearDuration() {
    Texts t = new Texts().sentence("For/IN the/DT year/NN ended/VBN/end June/NNP 30/CD ,/, net/NN rose/VBD/rise ./.")
        .timex("June 30", "DATE", "1989-06-30");
    TimeExpression e = only(t, "the year");
    assertThat(e.value()).isEqualTo("P1Y");
    assertThat(e.type()).isEqualTo("DURATION");
  }

  @Test
  void yearEndIsTheLastDayOfTheDocumentYearAndOfTheYearBeforeAfterSince() {
    Texts t = new Texts().sentence("The/DT deal/NN should/MD close/VB by/IN year-end/NN ./.")
        .sentence("Shares/NNS rose/VBD/rise 5/CD %/NN since/IN year-end/NN ./.");
    List<TimeExpression> all = new Resolver(NOV_1989, false).resolve(t.annotation());
    assertThat(all).extracting(TimeExpression::value).containsExactly("1989-12-31", "1988-12-31");
  }

  @Test
  void frequencyAdjectivesAreSets() {
    Texts t = new Texts().sentence("Rallies/NNS were/VBD/be held/VBN/hold almost/RB daily/RB ./.");
    TimeExpression e = only(t, "daily");
    assertThat(e.type()).isEqualTo("SET");
    assertThat(e.value()).isEqualTo("P1D");
  }

  @Test
  void countedQuartersAndDecadesAreWrittenAsMonthsAndYears() {
    assertThat(TaggerValues.normalise("P3Q")).isEqualTo("P9M");
    assertThat(TaggerValues.normalise("P2DE")).isEqualTo("P20Y");
    assertThat(Calendar.duration(2, "quarter")).contains("P6M");
  }

  @Test
  void bareTheYearIsTheDocumentYear() {
    Texts t = new Texts().sentence("For/IN the/DT year/NN ,/, volume/NN was/VBD/be flat/JJ ./.");
    TimeExpression e = only(t, "the year");
    assertThat(e.type()).isEqualTo("DATE");
    assertThat(e.value()).isEqualTo("1989");
  }

  @Test
  void bareTheQuarterIsTheQuarterInFocus() {
    Texts t = new Texts().sentence("Net/NN rose/VBD/rise in/IN the/DT third/JJ quarter/NN ./.")
        .sentence("Loans/NNS were/VBD/be $/$ 6/CD million/CD in/IN the/DT quarter/NN ./.")
        .timex("the third quarter", "DATE", "1989-Q3");
    assertThat(only(t, "the quarter").value()).isEqualTo("1989-Q3");
  }

  @Test
  void aQuarterWithAStatedYearIsTheFocusQuarterOfThatYearNotACount() {
    Texts t = new Texts().sentence("Net/NN rose/VBD/rise in/IN the/DT third/JJ quarter/NN ./.")
        .sentence("It/PRP earned/VBD/earn $/$ 1/CD in/IN the/DT 1988/CD quarter/NN ./.")
        .timex("the third quarter", "DATE", "1989-Q3").timex("the 1988 quarter", "DURATION", "P1988Q");
    assertThat(only(t, "the 1988 quarter").value()).isEqualTo("1988-Q3");
  }

  @Test
  void aFiscalQuarterSaidToHaveEndedIsTheQuarterInFocus() {
    Texts t = new Texts().sentence("Net/NN fell/VBD/fall in/IN the/DT fourth/JJ quarter/NN ended/VBN/end Sept./NNP 30/CD ./.")
        .sentence("Sales/NNS in/IN the/DT latest/JJS period/NN rose/VBD/rise ./.")
        .timex("the fourth quarter", "DATE", "1989-Q4").timex("Sept. 30", "DATE", "1989-09-30");
    assertThat(only(t, "the latest period").value()).isEqualTo("1989-Q4");
  }

  @Test
  void lastYearNextToAYearEndedComparesTheYearNotTheQuarter() {
    Texts t = new Texts().sentence("Fourth-quarter/JJ net/NN rose/VBD/rise ./.")
        .sentence("For/IN the/DT year/NN ended/VBN/end Aug./NNP 31/CD ,/, net/NN was/VBD/be $/$ 3/CD million/CD ,/, "
            + "down/RB from/IN $/$ 9/CD million/CD last/JJ year/NN ./.")
        .timex("Fourth-quarter", "DATE", "1989-Q4").timex("Aug. 31", "DATE", "1989-08-31")
        .timex("last year", "DATE", "1988");
    assertThat(only(t, "last year").value()).isEqualTo("1988");
  }

  @Test
  void aYearEarlierNextToNineMonthsIsStillTheQuarterABack() {
    Texts t = new Texts().sentence("Third-quarter/JJ net/NN rose/VBD/rise ./.")
        .sentence("For/IN the/DT nine/CD months/NNS ,/, net/NN was/VBD/be $/$ 5/CD million/CD ,/, against/IN $/$ 4/CD "
            + "million/CD a/DT year/NN earlier/RBR ./.")
        .timex("Third-quarter", "DATE", "1989-Q3").timex("nine months", "DURATION", "P9M")
        .timex("a year earlier", "DATE", "1988");
    assertThat(only(t, "a year earlier").value()).isEqualTo("1988-Q3");
  }

  @Test
  void theQuarterAYearAgoIsTheQuarterOneYearBackAsOneExpression() {
    Texts t = new Texts().sentence("Third-quarter/JJ sales/NNS rose/VBD/rise ./.")
        .sentence("For/IN the/DT quarter/NN a/DT year/NN ago/RB ,/, it/PRP lost/VBD/lose money/NN ./.")
        .timex("Third-quarter", "DATE", "1989-Q3").timex("the quarter", "DATE", "1989-Q3")
        .timex("a year ago", "DATE", "1988");
    List<TimeExpression> all = new Resolver(NOV_1989, false).resolve(t.annotation());
    assertThat(all).extracting(TimeExpression::text).containsExactly("Third-quarter", "a year ago");
    assertThat(only(t, "a year ago").value()).isEqualTo("1988-Q3");
  }

  @Test
  void theYearEarlierNineMonthsIsTheNineMonthDuration() {
    Texts t = new Texts().sentence("Net/NN for/IN the/DT year-earlier/JJ nine/CD months/NNS fell/VBD/fall ./.")
        .timex("nine months", "DURATION", "P9M");
    List<TimeExpression> all = new Resolver(NOV_1989, false).resolve(t.annotation());
    assertThat(all).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("nine months", "P9M"));
  }

  @Test
  void inAnUndatedTextQuartersCountedFromTheReferenceDateStayUnresolved() {
    Texts t = new Texts().sentence("Net/NN rose/VBD/rise in/IN the/DT third/JJ quarter/NN ,/, against/IN a/DT "
            + "loss/NN a/DT year/NN ago/RB ./.")
        .timex("the third quarter", "DATE", "XXXX-Q3").timex("a year ago", "DATE", "PAST_REF")
        .sentence("Sales/NNS in/IN the/DT latest/JJS period/NN and/CC the/DT year-ago/JJ quarter/NN fell/VBD/fall ./.");
    org.observatory.record.Published range = new org.observatory.record.Published(null, "inferred", "2030-10-20",
        "2030-11-10", "test");
    List<TimeExpression> all = TimeStage.withoutDate(t.annotation(), range, false);
    assertThat(all).filteredOn(e -> e.text().matches("a year ago|the latest period|the year-ago quarter"))
        .hasSize(3).allSatisfy(e -> assertThat(e.derivation()).isNotEqualTo("inferred"));
  }

  @Test
  void inAnUndatedTextAYearBackFromAQuarterWithItsYearIsStillResolved() {
    Texts t = new Texts().sentence("Net/NN rose/VBD/rise in/IN the/DT third/JJ quarter/NN of/IN 2030/CD ,/, "
            + "against/IN a/DT loss/NN a/DT year/NN ago/RB ./.")
        .timex("the third quarter of 2030", "DATE", "2030-Q3").timex("a year ago", "DATE", "PAST_REF");
    org.observatory.record.Published range = new org.observatory.record.Published(null, "inferred", "2030-10-20",
        "2030-11-10", "test");
    List<TimeExpression> all = TimeStage.withoutDate(t.annotation(), range, false);
    assertThat(all).filteredOn(e -> e.text().equals("a year ago")).extracting(TimeExpression::value)
        .containsExactly("2029-Q3");
  }
}
