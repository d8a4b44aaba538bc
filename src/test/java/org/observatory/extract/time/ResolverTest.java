package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class ResolverTest {

  private static final LocalDate MONDAY = LocalDate.of(2020, 2, 3);

  private static TimeExpression only(Texts t, LocalDate ref, String text) {
    List<TimeExpression> all = new Resolver(ref).resolve(t.annotation());
    return all.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void weekdayResolvesToThePrecedingDateInPastTenseSentences() {
    Texts t = new Texts().sentence("The/DT monitor/NN reported/VBD/report on/IN Sunday/NNP that/IN troops/NNS entered/VBD/enter ./.")
        .timex("Sunday", "DATE", "2020-02-09");
    TimeExpression e = only(t, MONDAY, "Sunday");
    assertThat(e.value()).isEqualTo("2020-02-02");
    assertThat(e.precision()).isEqualTo("day");
    assertThat(e.derivation()).isEqualTo("document-date");
  }

  @Test
  void weekdayResolvesToTheFollowingDateInFutureTenseSentences() {
    Texts t = new Texts().sentence("The/DT ministers/NNS will/MD meet/VB/meet on/IN Friday/NNP ./.")
        .timex("Friday", "DATE", "2020-01-31");
    assertThat(only(t, MONDAY, "Friday").value()).isEqualTo("2020-02-07");
  }

  @Test
  void yearlessDateTakesTheNearestYearAroundTheDocumentDate() {
    Texts t = new Texts().sentence("On/IN October/NNP 9/CD ,/, forces/NNS launched/VBD/launch an/DT invasion/NN ./.")
        .timex("October 9", "DATE", "2020-10-09");
    assertThat(only(t, MONDAY, "October 9").value()).isEqualTo("2019-10-09");
  }

  @Test
  void lastYearAfterAYearlessDateFixesItsYear() {
    Texts t = new Texts().sentence("The/DT army/NN declared/VBD/declare an/DT offensive/NN on/IN August/NNP 5/CD last/JJ year/NN ./.")
        .timex("August 5", "DATE", "2020-08-05").timex("last year", "DATE", "2019");
    assertThat(only(t, MONDAY, "August 5").value()).isEqualTo("2019-08-05");
    assertThat(only(t, MONDAY, "last year").value()).isEqualTo("2019");
  }

  @Test
  void offsetIsAnchoredToTheExplicitDateOfTheSameSentenceNotToTheDocumentDate() {
    Texts t = new Texts().sentence("Militants/NNS were/VBD/be to/TO pull/VB out/RP by/IN October/NNP 17/CD 2018/CD ,/, "
        + "with/IN groups/NNS having/VBG/have to/TO withdraw/VB two/CD days/NNS earlier/RBR ./.")
        .timex("October 17 2018", "DATE", "2018-10-17").timex("two days earlier", "DATE", "2020-02-01");
    TimeExpression e = only(t, MONDAY, "two days earlier");
    assertThat(e.value()).isEqualTo("2018-10-15");
    assertThat(e.derivation()).isEqualTo("anchor");
    assertThat(e.anchor()).isEqualTo("October 17 2018");
  }

  @Test
  void offsetWhoseWordFollowsTheTaggedSpanIsStillAnchored() {
    Texts t = new Texts().sentence("The/DT talks/NNS ended/VBD/end on/IN March/NNP 3/CD ,/, 2015/CD ./.")
        .sentence("The/DT rebels/NNS had/VBD/have left/VBN/leave two/CD days/NNS earlier/RBR ./.")
        .timex("March 3 , 2015", "DATE", "2015-03-03").timex("two days", "DURATION", "P2D");
    TimeExpression e = only(t, MONDAY, "two days");
    assertThat(e.value()).isEqualTo("2015-03-01");
    assertThat(e.derivation()).isEqualTo("anchor");
  }

  @Test
  void offsetWithoutAnyAnchorStaysUnresolvedWhenTheDocumentDateIsUnknown() {
    Texts t = new Texts().sentence("The/DT groups/NNS withdrew/VBD/withdraw two/CD days/NNS earlier/RBR ./.")
        .timex("two days earlier", "DATE", "2026-11-23");
    TimeExpression e = only(t, null, "two days earlier");
    assertThat(e.value()).isNull();
    assertThat(e.derivation()).isEqualTo("unresolved");
    assertThat(e.anchor()).isEqualTo("document date");
  }

  @Test
  void relativeValueThatCanOnlyComeFromTheClockIsDroppedWithoutDocumentDate() {
    Texts t = new Texts().sentence("Prices/NNS rose/VBD/rise last/JJ month/NN ./.")
        .timex("last month", "DATE", "2026-10");
    TimeExpression e = only(t, null, "last month");
    assertThat(e.value()).isNull();
    assertThat(e.derivation()).isEqualTo("unresolved");
  }

  @Test
  void weekdayWithoutDocumentDateKeepsPlaceholders() {
    Texts t = new Texts().sentence("He/PRP spoke/VBD/speak on/IN Friday/NNP ./.").timex("Friday", "DATE", "XXXX-WXX-5");
    TimeExpression e = only(t, null, "Friday");
    assertThat(e.value()).isEqualTo("XXXX-WXX-5");
    assertThat(e.precision()).isEqualTo("unresolved");
  }

  @Test
  void withinDurationBecomesAnIntervalFromTheSigningDay() {
    Texts t = new Texts().sentence("On/IN October/NNP 22/CD ,/, leaders/NNS signed/VBD/sign a/DT memorandum/NN that/WDT "
        + "required/VBD/require fighters/NNS to/TO withdraw/VB within/IN 150/CD hours/NNS ./.")
        .timex("October 22", "DATE", "2020-10-22").timex("150 hours", "DURATION", "PT150H");
    TimeExpression e = only(t, MONDAY, "150 hours");
    assertThat(e.value()).isEqualTo("PT150H");
    assertThat(e.earliest()).isEqualTo("2019-10-22");
    assertThat(e.latest()).isEqualTo("2019-10-29T06:00");
    assertThat(e.derivation()).isEqualTo("anchor");
  }

  @Test
  void offsetAfterAnEventTakesTheDateOfThatEventFromAnotherSentence() {
    Texts t = new Texts()
        .sentence("Troops/NNS arrived/VBD/arrive two/CD days/NNS after/IN Erdogan/NNP said/VBD/say Turkey/NNP may/MD act/VB ./.")
        .sentence("Erdogan/NNP said/VBD/say on/IN Friday/NNP that/IN it/PRP would/MD act/VB ./.")
        .timex("two days", "DURATION", "P2D").timex("Friday", "DATE", "2020-01-31");
    TimeExpression e = only(t, MONDAY, "two days");
    assertThat(e.value()).isEqualTo("2020-02-02");
    assertThat(e.derivation()).isEqualTo("event");
    assertThat(e.anchor()).isEqualTo("Erdogan said");
  }

  @Test
  void offsetAfterADefiniteSpeakerSpeakingTakesTheDayHeSaidSomethingNotAQuotedDay() {
    Texts t = new Texts()
        .sentence("“/`` We/PRP attack/VBP tomorrow/NN ,/, ”/'' the/DT commander/NN said/VBD/say on/IN Friday/NNP ./.")
        .timex("tomorrow", "DATE", "2020-02-04").timex("Friday", "DATE", "2020-01-31")
        .sentence("Two/CD days/NNS after/IN the/DT commander/NN spoke/VBD/speak ,/, troops/NNS moved/VBD/move ./.")
        .timex("Two days", "DURATION", "P2D");
    TimeExpression e = only(t, MONDAY, "Two days");
    assertThat(e.value()).isEqualTo("2020-02-02");
    assertThat(e.anchor()).isEqualTo("the commander spoke");
  }

  @Test
  void hoursAfterADatedEventClauseIsTheDayOfThatEvent() {
    Texts t = new Texts()
        .sentence("Guards/NNS fled/VBD/flee hours/NNS after/IN Haddad/NNP resigned/VBD/resign ./.")
        .sentence("Haddad/NNP resigned/VBD/resign on/IN Friday/NNP ./.")
        .timex("hours", "DURATION", "PTXH").timex("Friday", "DATE", "2020-01-31");
    TimeExpression e = only(t, MONDAY, "hours");
    assertThat(e.value()).isEqualTo("2020-01-31");
    assertThat(e.derivation()).isEqualTo("event");
  }

  @Test
  void hoursAfterAnEventNounKeepsTheDuration() {
    Texts t = new Texts().sentence("Guards/NNS fled/VBD/flee hours/NNS after/IN the/DT blast/NN ./.")
        .timex("hours", "DURATION", "PTXH");
    assertThat(only(t, MONDAY, "hours").value()).isEqualTo("PTXH");
  }

  @Test
  void aWeekdayAfterUntilAndAClockTimeWithItsZoneIsTheComingDeadline() {
    // DCT Monday 2020-02-03; "until 9 a.m. EST Tuesday" in a past-tense clause is still the coming Tuesday
    Texts t = new Texts()
        .sentence("The/DT court/NN gave/VBD/give them/PRP until/IN 9/CD a.m./RB EST/NNP Tuesday/NNP to/TO "
            + "leave/VB ./.")
        .timex("9 a.m.", "TIME", "T09:00").timex("Tuesday", "DATE", "2020-01-28");
    List<TimeExpression> all = new Resolver(MONDAY).resolve(t.annotation());
    assertThat(all).extracting(TimeExpression::value).anyMatch(v -> v.startsWith("2020-02-04"))
        .noneMatch(v -> v.startsWith("2020-01-28"));
  }

  @Test
  void agesAreNotTimeExpressions() {
    Texts t = new Texts().sentence("A/DT 6-year-old/JJ boy/NN was/VBD/be found/VBN/find ./.").timex("6-year-old", "DURATION", "P6Y");
    assertThat(new Resolver(MONDAY).resolve(t.annotation())).isEmpty();
  }

  @Test
  void yearsAgoResolveToTheYear() {
    Texts t = new Texts().sentence("It/PRP began/VBD/begin two/CD years/NNS ago/RB ./.").timex("two years ago", "DATE", "2018-02-03");
    assertThat(only(t, MONDAY, "two years ago").value()).isEqualTo("2018");
  }

  @Test
  void partOfDayJoinsTheWeekdayBeforeIt() {
    Texts t = new Texts().sentence("Crowds/NNS rallied/VBD/rally Friday/NNP night/NN ./.")
        .timex("Friday", "DATE", "2020-01-31").timex("night", "TIME", "TNI");
    List<TimeExpression> all = new Resolver(MONDAY).resolve(t.annotation());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).value()).isEqualTo("2020-01-31TNI");
    assertThat(all.get(0).type()).isEqualTo("TIME");
  }

  @Test
  void deicticWordInsideAQuoteIsRelativeToWhenItWasSaid() {
    Texts t = new Texts().sentence("“/`` We/PRP will/MD act/VB tomorrow/NN ,/, ”/'' Erdogan/NNP said/VBD/say on/IN Friday/NNP ./.")
        .timex("tomorrow", "DATE", "2020-02-04").timex("Friday", "DATE", "2020-01-31");
    TimeExpression e = only(t, MONDAY, "tomorrow");
    assertThat(e.value()).isEqualTo("2020-02-01");
    assertThat(e.derivation()).isEqualTo("anchor");
    assertThat(e.anchor()).isEqualTo("speech time: Friday");
  }

  @Test
  void aQuoteTheSameSpeakerAddsKeepsTheSpeechTimeOfTheQuoteBefore() {
    Texts t = new Texts().sentence("“/`` We/PRP will/MD act/VB tomorrow/NN ,/, ”/'' Erdogan/NNP said/VBD/say on/IN Friday/NNP ./.")
        .timex("tomorrow", "DATE", "2020-02-04").timex("Friday", "DATE", "2020-01-31")
        .sentence("“/`` Yesterday/NN we/PRP were/VBD/be patient/JJ ,/, ”/'' he/PRP added/VBD/add ./.")
        .timex("Yesterday", "DATE", "2020-02-02");
    TimeExpression e = only(t, MONDAY, "Yesterday");
    assertThat(e.value()).isEqualTo("2020-01-30");
    assertThat(e.anchor()).isEqualTo("speech time: Friday");
  }

  @Test
  void aQuoteOfANamedSpeakerDoesNotInheritTheSpeechTimeBefore() {
    Texts t = new Texts().sentence("“/`` We/PRP will/MD act/VB tomorrow/NN ,/, ”/'' Erdogan/NNP said/VBD/say on/IN Friday/NNP ./.")
        .timex("tomorrow", "DATE", "2020-02-04").timex("Friday", "DATE", "2020-01-31")
        .sentence("“/`` Yesterday/NN we/PRP were/VBD/be patient/JJ ,/, ”/'' Putin/NNP said/VBD/say ./.")
        .timex("Yesterday", "DATE", "2020-02-02");
    assertThat(only(t, MONDAY, "Yesterday").value()).isEqualTo("2020-02-02");
  }

  @Test
  void deicticWordInAnUndatedQuoteStaysOnTheDocumentDate() {
    Texts t = new Texts().sentence("“/`` We/PRP will/MD act/VB tomorrow/NN ,/, ”/'' Erdogan/NNP said/VBD/say ./.")
        .timex("tomorrow", "DATE", "2020-02-04");
    assertThat(only(t, MONDAY, "tomorrow").value()).isEqualTo("2020-02-04");
  }

  @Test
  void weekdayInAPastClauseIsThePrecedingOneEvenWhenTheFollowingOneIsCloser() {
    Texts t = new Texts().sentence("Officials/NNS said/VBD/say Saturday/NNP that/IN talks/NNS failed/VBD/fail ./.")
        .timex("Saturday", "DATE", "2020-02-08");
    assertThat(only(t, MONDAY, "Saturday").value()).isEqualTo("2020-02-01");
  }

  @Test
  void pastParticipleWithoutAuxiliaryMakesTheWeekdayPast() {
    Texts t = new Texts().sentence("Under/IN the/DT terms/NNS announced/VBN/announce Friday/NNP ,/, holders/NNS "
        + "would/MD receive/VB a/DT dividend/NN ./.")
        .timex("Friday", "DATE", "2020-02-07");
    assertThat(only(t, MONDAY, "Friday").value()).isEqualTo("2020-01-31");
  }

  @Test
  void infinitiveComplementOfAPastReportingVerbIsNotPushedIntoThePast() {
    Texts t = new Texts().sentence("The/DT bank/NN announced/VBD/announce an/DT agreement/NN to/TO acquire/VB/acquire "
        + "the/DT Peoria/NNP ,/, Ill./NNP ,/, company/NN in/IN April/NNP ./.")
        .timex("April", "DATE", "2020-04");
    assertThat(only(t, MONDAY, "April").value()).isEqualTo("2020-04");
  }

  @Test
  void beToConstructionIsFuture() {
    Texts t = new Texts().sentence("The/DT stock/NN is/VBZ/be to/TO resume/VB/resume trading/NN in/IN Paris/NNP "
        + "Thursday/NNP ./.")
        .timex("Thursday", "DATE", "2020-01-30");
    assertThat(only(t, MONDAY, "Thursday").value()).isEqualTo("2020-02-06");
  }

  @Test
  void yearlessMonthInAPastClauseIsThePrecedingOne() {
    Texts t = new Texts().sentence("The/DT firm/NN was/VBD/be bought/VBN/buy in/IN March/NNP ./.")
        .timex("March", "DATE", "2020-03");
    assertThat(only(t, MONDAY, "March").value()).isEqualTo("2019-03");
  }

  @Test
  void rateUnitAfterAQuantityIsNoTimeExpression() {
    Texts t = new Texts().sentence("It/PRP runs/VBZ/run four/CD flights/NNS a/DT week/NN ./.")
        .timex("a week", "DURATION", "P1W");
    assertThat(new Resolver(MONDAY).resolve(t.annotation())).isEmpty();
  }

  @Test
  void aCoupleOfYearsIsTwoYears() {
    Texts t = new Texts().sentence("It/PRP will/MD not/RB change/VB/change for/IN a/DT couple/NN of/IN years/NNS ./.")
        .timex("a couple of years", "DURATION", "PXY");
    assertThat(only(t, MONDAY, "a couple of years").value()).isEqualTo("P2Y");
  }

  @Test
  void partOfTheDayWithoutADayTakesTheDayOfTheSentencesDate() {
    Texts t = new Texts().sentence("On/IN Friday/NNP ,/, dealers/NNS bought/VBD/buy in/IN the/DT morning/NN ./.")
        .timex("Friday", "DATE", "2020-01-31");
    TimeExpression e = only(t, MONDAY, "the morning");
    assertThat(e.type()).isEqualTo("TIME");
    assertThat(e.value()).isEqualTo("2020-01-31TMO");
  }

  @Test
  void earlierThatDayIsTheDayOfThePrecedingDate() {
    Texts t = new Texts().sentence("He/PRP was/VBD/be killed/VBN/kill on/IN Oct./NNP 23/CD 1998/CD ./.")
        .sentence("Earlier/RBR that/DT day/NN ,/, police/NNS were/VBD/be warned/VBN/warn ./.")
        .timex("Oct. 23 1998", "DATE", "1998-10-23");
    assertThat(only(t, MONDAY, "Earlier that day").value()).isEqualTo("1998-10-23");
  }

  @Test
  void inThePastIsAPastReferenceAndTheseDaysThePresent() {
    Texts t = new Texts().sentence("In/IN the/DT past/NN ,/, prices/NNS rose/VBD/rise but/CC these/DT days/NNS "
        + "they/PRP fall/VBP ./.");
    assertThat(only(t, MONDAY, "the past").value()).isEqualTo("PAST_REF");
    assertThat(only(t, MONDAY, "these days").value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void thePreviousFridayIsTheFridayBeforeTheLatestStatedDay() {
    Texts t = new Texts().sentence("Shares/NNS fell/VBD/fall on/IN January/NNP 31/CD ./.")
        .sentence("The/DT index/NN was/VBD/be down/RB from/IN the/DT previous/JJ Friday/NNP ./.")
        .timex("January 31", "DATE", "2020-01-31").timex("the previous Friday", "DATE", "2020-01-31");
    assertThat(only(t, MONDAY, "the previous Friday").value()).isEqualTo("2020-01-24");
  }

  @Test
  void weekdayDeadlineAfterUntilIsTheNearestOccurrenceWhateverTheVerbTense() {
    Texts t = new Texts().sentence("Officials/NNS have/VBP/have given/VBN/give them/PRP until/IN 9/CD a.m./RB Tuesday/NNP ./.")
        .timex("9 a.m. Tuesday", "TIME", "2020-01-28T09:00");
    assertThat(only(t, MONDAY, "9 a.m. Tuesday").value()).isEqualTo("2020-02-04T09:00");
  }

  @Test
  void monthAfterThroughOrByIsTheNearestOccurrenceWhateverTheVerbTense() {
    Texts t = new Texts().sentence("The/DT bank/NN extended/VBD/extend the/DT credit/NN line/NN through/IN March/NNP ./.")
        .timex("March", "DATE", "2019-03");
    assertThat(only(t, MONDAY, "March").value()).isEqualTo("2020-03");
  }

  @Test
  void clockTimeAndTheDayAfterItsTimeZoneAreOneExpression() {
    Texts t = new Texts().sentence("The/DT offer/NN will/MD expire/VB/expire at/IN 5/CD p.m./NN EST/NNP ,/, Feb./NNP 7/CD ./.")
        .timex("5 p.m.", "TIME", "XXXX-XX-XXT17:00").timex("Feb. 7", "DATE", "2020-02-07");
    List<TimeExpression> all = new Resolver(MONDAY).resolve(t.annotation());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).text()).isEqualTo("5 p.m. EST , Feb. 7");
    assertThat(all.get(0).value()).isEqualTo("2020-02-07T17:00");
    assertThat(all.get(0).type()).isEqualTo("TIME");
  }

  @Test
  void theFollowingYearIsTheYearAfterTheLatestStatedDateNotADay() {
    Texts t = new Texts().sentence("The/DT bridge/NN opened/VBD/open on/IN June/NNP 4/CD ,/, 2011/CD ./.")
        .sentence("It/PRP was/VBD/be closed/VBN/close for/IN repairs/NNS the/DT following/JJ year/NN ./.")
        .timex("June 4 , 2011", "DATE", "2011-06-04").timex("the following year", "DATE", "2021");
    TimeExpression e = only(t, MONDAY, "the following year");
    assertThat(e.value()).isEqualTo("2012");
    assertThat(e.derivation()).isEqualTo("anchor");
  }

  @Test
  void theFollowingMonthCountsFromAMonthStatedSentencesBefore() {
    Texts t = new Texts().sentence("In/IN April/NNP ,/, the/DT club/NN hired/VBD/hire a/DT coach/NN ./.")
        .sentence("Fans/NNS cheered/VBD/cheer ./.")
        .sentence("The/DT following/JJ month/NN ,/, it/PRP lost/VBD/lose ./.")
        .timex("April", "DATE", "2019-04").timex("The following month", "DATE", "2020-03");
    assertThat(only(t, MONDAY, "The following month").value()).isEqualTo("2019-05");
  }

  @Test
  void anHourToldByItsPartOfTheDayIsAClockTimeOnTheDayInFocus() {
    Texts t = new Texts().sentence("The/DT ferry/NN leaves/VBZ/leave on/IN February/NNP 5/CD at/IN 6/CD in/IN the/DT "
        + "evening/NN ./.").timex("February 5", "DATE", "2020-02-05");
    assertThat(only(t, MONDAY, "6 in the evening").value()).isEqualTo("2020-02-05T18:00");
  }

  @Test
  void theWeekOfADayIsThatDaysIsoWeek() {
    Texts t = new Texts().sentence("A/DT hearing/NN is/VBZ/be set/VBN/set for/IN the/DT week/NN of/IN March/NNP 9/CD ./.")
        .timex("March 9", "DATE", "2020-03-09");
    TimeExpression e = only(t, MONDAY, "the week of March 9");
    assertThat(e.value()).isEqualTo("2020-W11");
    assertThat(e.type()).isEqualTo("DATE");
  }

  @Test
  void aDurationKeepsTheUnitTheTextStates() {
    Texts t = new Texts().sentence("The/DT strike/NN lasted/VBD/last 48/CD hours/NNS ./.")
        .timex("48 hours", "DURATION", "P2D");
    assertThat(only(t, MONDAY, "48 hours").value()).isEqualTo("PT48H");
  }

  @Test
  void theNextCoupleOfYearsIsTwoYears() {
    Texts t = new Texts().sentence("Prices/NNS will/MD rise/VB over/IN the/DT next/JJ couple/NN of/IN years/NNS ./.")
        .timex("over the next couple of years", "DURATION", "PXY");
    assertThat(only(t, MONDAY, "over the next couple of years").value()).isEqualTo("P2Y");
  }

  @Test
  void todaysBeforeAPluralNounIsThePresentAgeNotTheDay() {
    Texts t = new Texts().sentence("Many/JJ of/IN today/NN 's/POS electric/JJ cars/NNS charge/VBP/charge fast/RB ./.")
        .sentence("Today/NN 's/POS vote/NN was/VBD/be close/JJ ./.")
        .timex("today", "DATE", "2020-02-03").timex("Today", "DATE", "2020-02-03");
    List<TimeExpression> all = new Resolver(MONDAY).resolve(t.annotation());
    assertThat(all).extracting(TimeExpression::text).containsExactly("Today");
  }

  @Test
  void laterThatYearIsTheYearOfTheLatestStatedDate() {
    Texts t = new Texts().sentence("The/DT dam/NN failed/VBD/fail in/IN May/NNP 2014/CD and/CC was/VBD/be "
        + "rebuilt/VBN/rebuild later/RB that/DT year/NN ./.").timex("May 2014", "DATE", "2014-05");
    TimeExpression e = only(t, MONDAY, "later that year");
    assertThat(e.value()).isEqualTo("2014");
    assertThat(e.anchor()).isEqualTo("May 2014");
  }

  @Test
  void aYearlessDayAfterEndedHasPassedEvenWhenTheNextOneIsCloser() {
    Texts t = new Texts().sentence("In/IN the/DT fiscal/JJ year/NN ended/VBN/end March/NNP 31/CD ,/, sales/NNS "
        + "rose/VBD/rise ./.").timex("March 31", "DATE", "2020-03-31");
    TimeExpression e = only(t, MONDAY, "March 31");
    assertThat(e.value()).isEqualTo("2019-03-31");
    assertThat(e.provenance().rule()).isEqualTo("month-day-ended");
  }
}
