package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.record.Published;

class DocDateInferenceTest {

  @Test
  void publicationFallsAfterTheLatestPastDateWithinTheYearsAfterTheStatedYear() {
    Texts t = new Texts()
        .sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989")
        .sentence("The/DT board/NN met/VBD/meet on/IN Aug./NNP 27/CD ./.").timex("Aug. 27", "DATE", "XXXX-08-27");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.source()).isEqualTo("inferred");
    assertThat(p.earliest()).isEqualTo("1989-08-27");
    assertThat(LocalDate.parse(p.latest())).isEqualTo(LocalDate.of(1989 + DocDateInference.FOLLOWING_YEARS, 8, 27)
        .plusDays(Math.max(DocDateInference.WINDOW_DAYS, DocDateInference.LAG_DAYS)));
    assertThat(p.method()).isNotBlank();
  }

  @Test
  void futureDatesBoundThePublicationFromAbove() {
    Texts t = new Texts()
        .sentence("The/DT deal/NN was/VBD/be signed/VBN/sign on/IN March/NNP 1/CD ,/, 2015/CD ./.")
        .timex("March 1 , 2015", "DATE", "2015-03-01")
        .sentence("Talks/NNS will/MD resume/VB on/IN March/NNP 10/CD ,/, 2015/CD ./.")
        .timex("March 10 , 2015", "DATE", "2015-03-10");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isEqualTo("2015-03-01");
    assertThat(p.latest()).isEqualTo("2015-03-10");
  }

  @Test
  void textWithoutAnyYearGivesNoRange() {
    Texts t = new Texts().sentence("He/PRP spoke/VBD/speak on/IN Friday/NNP ./.").timex("Friday", "DATE", "XXXX-WXX-5");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.value()).isNull();
    assertThat(p.earliest()).isNull();
    assertThat(p.source()).isEqualTo("unknown");
  }

  @Test
  void aMaturityDateLiesAfterPublicationWhateverTheVerb() {
    Texts t = new Texts().sentence("Holders/NNS received/VBD/receive bonds/NNS due/JJ 1993/CD ./.")
        .timex("1993", "DATE", "1993");
    org.observatory.nlp.Sentence s = t.annotation().sentences().get(0);
    org.observatory.core.Span span = t.annotation().timexes().get(0).span();
    assertThat(DocDateInference.deadlineCue(s, span, Tense.PAST)).isEqualTo(Tense.FUTURE);
  }

  @Test
  void aStatedPastYearCountsAsYearEvidenceAndAWeekdayDoesNot() {
    Texts dated = new Texts().sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989");
    Texts undated = new Texts().sentence("He/PRP spoke/VBD/speak on/IN Friday/NNP ./.")
        .timex("Friday", "DATE", "XXXX-WXX-5");
    assertThat(DocDateInference.statesAYear(dated.annotation())).isTrue();
    assertThat(DocDateInference.statesAYear(undated.annotation())).isFalse();
  }

  @Test
  void likelyRangeIsOneLagWindowAfterTheYearlessPastDateInEachYearItFits() {
    Texts t = new Texts()
        .sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989")
        .sentence("The/DT board/NN met/VBD/meet on/IN Aug./NNP 27/CD ./.").timex("Aug. 27", "DATE", "XXXX-08-27");
    Published p = DocDateInference.infer(t.annotation());
    Published.Likely l = p.likely();
    assertThat(l).isNotNull();
    assertThat(l.windows()).hasSize(1 + DocDateInference.FOLLOWING_YEARS);
    assertThat(l.windows().get(0))
        .isEqualTo(new Published.Window("1989-08-27", LocalDate.of(1989, 8, 27).plusDays(DocDateInference.LAG_DAYS)
            .toString()));
    assertThat(l.contains("1990-09-15")).isTrue();
    assertThat(l.contains("1990-06-15")).isFalse();
    assertThat(l.days()).isLessThan(LocalDate.parse(p.earliest()).until(LocalDate.parse(p.latest()),
        java.time.temporal.ChronoUnit.DAYS));
    assertThat(p.value()).isNull();
    assertThat(l.method()).contains("publication-lag");
  }

  @Test
  void aYearlessDateIsPlacedAfterADayWrittenWithItsYear() {
    Texts t = new Texts()
        .sentence("Troops/NNS were/VBD/be to/TO leave/VB by/IN October/NNP 17/CD 2018/CD ./.")
        .timex("October 17 2018", "DATE", "2018-10-17")
        .sentence("On/IN October/NNP 9/CD ,/, the/DT army/NN attacked/VBD/attack ./.")
        .timex("October 9", "DATE", "XXXX-10-09");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.likely()).isNotNull();
    assertThat(p.likely().contains("2018-11-01")).isFalse();
    assertThat(p.likely().contains("2019-11-01")).isTrue();
    assertThat(p.earliest()).isEqualTo("2018-10-17");
  }

  @Test
  void aLongerLagWindowGivesAWiderLikelyRangeInsideTheBound() {
    Texts t = new Texts()
        .sentence("The/DT deal/NN was/VBD/be signed/VBN/sign on/IN March/NNP 1/CD ,/, 2015/CD ./.")
        .timex("March 1 , 2015", "DATE", "2015-03-01")
        .sentence("Talks/NNS ended/VBD/end on/IN May/NNP 3/CD ./.").timex("May 3", "DATE", "XXXX-05-03");
    Published narrow = DocDateInference.infer(t.annotation(), java.util.List.of(), 10);
    Published wide = DocDateInference.infer(t.annotation(), java.util.List.of(), 40);
    assertThat(narrow.likely().days()).isLessThan(wide.likely().days());
    assertThat(wide.likely().earliest()).isGreaterThanOrEqualTo(wide.earliest());
    assertThat(wide.likely().latest()).isLessThanOrEqualTo(wide.latest());
    assertThat(narrow.likely().windows().get(0)).isEqualTo(new Published.Window("2015-05-03", "2015-05-13"));
  }

  @Test
  void textWithOnlyStatedYearsGivesABoundButNoLikelyRange() {
    Texts t = new Texts().sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isNotNull();
    assertThat(p.likely()).isNull();
  }

  @Test
  void aYearlessMonthReportedInThePastCountsUpToItsLastDay() {
    Texts t = new Texts()
        .sentence("The/DT deal/NN was/VBD/be signed/VBN/sign on/IN March/NNP 1/CD ,/, 2015/CD ./.")
        .timex("March 1 , 2015", "DATE", "2015-03-01")
        .sentence("Sales/NNS fell/VBD/fall in/IN June/NNP ./.").timex("June", "DATE", "XXXX-06");
    Published p = DocDateInference.infer(t.annotation(), java.util.List.of(), 10);
    assertThat(p.likely()).isNotNull();
    assertThat(p.likely().windows().get(0)).isEqualTo(new Published.Window("2015-06-01", "2015-07-10"));
    assertThat(DocDateInference.lagAt(t.annotation(), LocalDate.of(2015, 7, 10))).contains(10L);
  }

  @Test
  void aLateMonthAnchorsTheLagAndANextMonthDoesNot() {
    Texts late = new Texts().sentence("Sales/NNS fell/VBD/fall in/IN late/JJ June/NNP ./.")
        .timex("late June", "DATE", "XXXX-06");
    Texts next = new Texts().sentence("Sales/NNS fell/VBD/fall next/JJ June/NNP ./.")
        .timex("next June", "DATE", "XXXX-06");
    assertThat(DocDateInference.lagAt(late.annotation(), LocalDate.of(2015, 7, 10))).contains(10L);
    assertThat(DocDateInference.lagAt(next.annotation(), LocalDate.of(2015, 7, 10))).isEmpty();
  }

  @Test
  void aDatelineAtTheHeadGivesALikelyRangeOfDaysAfterItWhateverTheYearlessDates() {
    Texts t = new Texts()
        .sentence("Troops/NNS killed/VBN AFP/NNP Saturday/NNP 26/CD Jul/NNP 2014/CD ./.")
        .timex("Saturday 26 Jul 2014", "DATE", "2014-07-26")
        .sentence("In/IN March/NNP ,/, rebels/NNS attacked/VBD/attack the/DT base/NN ./.")
        .timex("March", "DATE", "XXXX-03");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.likely()).isNotNull();
    assertThat(p.likely().windows()).containsExactly(new Published.Window("2014-07-26",
        LocalDate.of(2014, 7, 26).plusDays(DocDateInference.DATELINE_DAYS).toString()));
    assertThat(p.earliest()).isEqualTo("2014-07-26");
    assertThat(p.likely().contains(p.value())).isTrue();
  }

  @Test
  void aDayWrittenWithItsYearFarIntoTheTextIsNoDateline() {
    String filler = "The/DT long/JJ war/NN ,/, which/WDT has/VBZ/have ravaged/VBN the/DT country/NN and/CC its/PRP$ "
        + "people/NNS for/IN many/JJ years/NNS and/CC drawn/VBN in/IN powers/NNS from/IN far/RB away/RB ,/, "
        + "ended/VBD/end on/IN ";
    Texts t = new Texts().sentence(filler + "March/NNP 1/CD ,/, 2015/CD ./.").timex("March 1 , 2015", "DATE",
        "2015-03-01");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(t.annotation().timexes().get(0).span().start()).isGreaterThanOrEqualTo(DocDateInference.HEAD_CHARS);
    assertThat(p.earliest()).isEqualTo("2015-03-01");
    assertThat(p.likely()).isNull();
  }

  @Test
  void aPresentTenseDatelineSetsTheYearsWindowOverAnOlderPastYear() {
    Texts t = new Texts()
        .sentence("Raids/NNS kill/VBP 10/CD Wednesday/NNP 29/CD Oct/NNP 2014/CD ./.")
        .timex("Wednesday 29 Oct 2014", "DATE", "2014-10-29")
        .sentence("The/DT siege/NN began/VBD/begin in/IN 2003/CD ./.").timex("2003", "DATE", "2003");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isEqualTo("2014-10-29");
    assertThat(LocalDate.parse(p.latest())).isBefore(LocalDate.of(2014, 12, 31));
    assertThat(p.likely().contains("2014-10-30")).isTrue();
  }

  @Test
  void aPeriodEndingOnADateLiesAfterPublication() {
    Texts t = new Texts().sentence("It/PRP expects/VBZ/expect profit/NN in/IN the/DT year/NN ending/VBG June/NNP "
        + "30/CD ,/, 1990/CD ./.").timex("June 30 , 1990", "DATE", "1990-06-30");
    org.observatory.nlp.Sentence s = t.annotation().sentences().get(0);
    org.observatory.core.Span span = t.annotation().timexes().get(0).span();
    assertThat(DocDateInference.deadlineCue(s, span, Tense.PRESENT)).isEqualTo(Tense.FUTURE);
  }

  @Test
  void aDatePostedOnAtTheHeadIsADatelineThoughAPrepositionPrecedesIt() {
    Texts t = new Texts()
        .sentence("Posted/VBN on/IN April/NNP 4/CD 2017/CD by/IN the/DT desk/NN Dozens/NNS were/VBD/be killed/VBN ./.")
        .timex("April 4 2017", "DATE", "2017-04-04");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.likely()).isNotNull();
    assertThat(p.likely().windows()).containsExactly(new Published.Window("2017-04-04",
        LocalDate.of(2017, 4, 4).plusDays(DocDateInference.DATELINE_DAYS).toString()));
  }

  @Test
  void aHeadlineInTheFutureTenseDoesNotPutItsDatelineAfterPublication() {
    Texts t = new Texts()
        .sentence("7/CD October/NNP 2016/CD Talks/NNS will/MD resume/VB ./.")
        .timex("7 October 2016", "DATE", "2016-10-07");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isEqualTo("2016-10-07");
    assertThat(p.likely()).isNotNull();
    assertThat(p.likely().contains("2016-10-10")).isTrue();
  }

  @Test
  void aNumericDayWithItsYearCountsAsAStatedDate() {
    Texts t = new Texts()
        .sentence("24.07.2016/CD A/DT shelling/NN left/VBD/leave six/CD dead/JJ ./.")
        .timex("24.07.2016", "DATE", "2016-07-24");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.earliest()).isEqualTo("2016-07-24");
    assertThat(p.likely().contains("2016-07-25")).isTrue();
  }

  @Test
  void aCorrectionDateLiesAfterPublication() {
    Texts t = new Texts()
        .sentence("Troops/NNS left/VBD/leave the/DT town/NN in/IN 2016/CD ,/, officials/NNS said/VBD/say ./.")
        .timex("2016", "DATE", "2016")
        .sentence("This/DT article/NN was/VBD/be amended/VBN on/IN 17/CD January/NNP 2019/CD ./.")
        .timex("17 January 2019", "DATE", "2019-01-17");
    org.observatory.nlp.Sentence s = t.annotation().sentences().get(1);
    org.observatory.core.Span span = t.annotation().timexes().get(1).span();
    assertThat(DocDateInference.deadlineCue(s, span, Tense.PAST)).isEqualTo(Tense.FUTURE);
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.latest()).isEqualTo("2019-01-17");
    assertThat(p.earliest()).isEqualTo("2016-01-01");
  }

  @Test
  void aDayWrittenWithItsYearRanksAboveAYearlessDayAboveAStatedYearAboveNothing() {
    Texts day = new Texts().sentence("The/DT deal/NN was/VBD/be signed/VBN/sign on/IN March/NNP 1/CD ,/, 2015/CD ./.")
        .timex("March 1 , 2015", "DATE", "2015-03-01");
    Texts yearless = new Texts()
        .sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989")
        .sentence("The/DT board/NN met/VBD/meet on/IN Aug./NNP 27/CD ./.").timex("Aug. 27", "DATE", "XXXX-08-27");
    Texts year = new Texts().sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989");
    Texts none = new Texts().sentence("He/PRP spoke/VBD/speak on/IN Friday/NNP ./.")
        .timex("Friday", "DATE", "XXXX-WXX-5");
    assertThat(DocDateInference.evidenceLevel(day.annotation(), java.util.List.of()))
        .isEqualTo(DocDateInference.EvidenceLevel.DAY_WITH_YEAR);
    assertThat(DocDateInference.evidenceLevel(yearless.annotation(), java.util.List.of()))
        .isEqualTo(DocDateInference.EvidenceLevel.YEARLESS_DAY_AND_YEAR);
    assertThat(DocDateInference.evidenceLevel(year.annotation(), java.util.List.of()))
        .isEqualTo(DocDateInference.EvidenceLevel.YEAR_ONLY);
    assertThat(DocDateInference.evidenceLevel(none.annotation(), java.util.List.of()))
        .isEqualTo(DocDateInference.EvidenceLevel.NONE);
  }

  @Test
  void aYearlessDayWithItsWeekdayBesideAStatedYearCountsAsADayWithItsYear() {
    Texts t = new Texts()
        .sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989")
        .sentence("The/DT board/NN met/VBD/meet Tuesday/NNP ,/, Oct./NNP 21/CD ./.")
        .timex("Oct. 21", "DATE", "XXXX-10-21");
    assertThat(DocDateInference.evidenceLevel(t.annotation(), java.util.List.of()))
        .isEqualTo(DocDateInference.EvidenceLevel.DAY_WITH_YEAR);
  }

  @Test
  void daysAfterTheLatestStatedDayCountFromAYearlessDayPlacedInTheYearUpToTheGivenDay() {
    Texts t = new Texts()
        .sentence("The/DT deal/NN was/VBD/be signed/VBN/sign on/IN March/NNP 1/CD ,/, 2015/CD ./.")
        .timex("March 1 , 2015", "DATE", "2015-03-01")
        .sentence("The/DT board/NN met/VBD/meet on/IN Aug./NNP 27/CD ./.").timex("Aug. 27", "DATE", "XXXX-08-27");
    assertThat(DocDateInference.daysAfterLatestStatedDay(t.annotation(), LocalDate.of(2016, 9, 1))).contains(5L);
    assertThat(DocDateInference.daysAfterLatestStatedDay(t.annotation(), LocalDate.of(2015, 3, 11))).contains(10L);
    assertThat(DocDateInference.daysAfterLatestStatedDay(t.annotation(), LocalDate.of(2014, 1, 1))).contains(127L);
    Texts dayOnly = new Texts()
        .sentence("The/DT deal/NN was/VBD/be signed/VBN/sign on/IN March/NNP 1/CD ,/, 2015/CD ./.")
        .timex("March 1 , 2015", "DATE", "2015-03-01");
    assertThat(DocDateInference.daysAfterLatestStatedDay(dayOnly.annotation(), LocalDate.of(2014, 1, 1))).isEmpty();
  }

  @Test
  void aRangeRestingOnStatedYearsOnlyGivesNoBestDay() {
    Texts t = new Texts().sentence("Profits/NNS rose/VBD/rise in/IN 1989/CD ./.").timex("1989", "DATE", "1989");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.precision()).isEqualTo(Published.YEAR);
    assertThat(p.value()).isNull();
    assertThat(p.earliest()).isEqualTo("1989-01-01");
    assertThat(p.method()).contains("no best day");
  }

  @Test
  void aReportedDayWhoseWeekdayFitsOneYearGivesABestDayOfDayPrecision() {
    Texts t = new Texts()
        .sentence("Fares/NNS went/VBD/go up/RP in/IN 2031/CD ./.").timex("2031", "DATE", "2031")
        .sentence("The/DT council/NN voted/VBD/vote on/IN Tuesday/NNP ,/, March/NNP 9/CD ./.")
        .timex("March 9", "DATE", "XXXX-03-09");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.likely().windows()).hasSize(1);
    assertThat(p.precision()).isEqualTo(Published.DAY);
    assertThat(p.value()).isEqualTo("2032-03-09");
  }

  @Test
  void aLikelyRangeWithWindowsInSeveralYearsGivesNoBestDayButKeepsItsWindows() {
    Texts t = new Texts()
        .sentence("Fares/NNS went/VBD/go up/RP in/IN 2031/CD ./.").timex("2031", "DATE", "2031")
        .sentence("The/DT council/NN voted/VBD/vote on/IN March/NNP 9/CD ./.").timex("March 9", "DATE", "XXXX-03-09");
    Published p = DocDateInference.infer(t.annotation());
    assertThat(p.likely().windows()).hasSize(1 + DocDateInference.FOLLOWING_YEARS);
    assertThat(p.likely().windows().get(0).earliest()).isEqualTo("2031-03-09");
    assertThat(p.precision()).isEqualTo(Published.YEAR);
    assertThat(p.value()).isNull();
    assertThat(p.earliest()).isEqualTo("2031-03-09");
    assertThat(p.method()).contains("windows in " + (1 + DocDateInference.FOLLOWING_YEARS) + " years")
        .endsWith("no best day is given");
  }
}
