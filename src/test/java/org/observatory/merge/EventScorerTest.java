package org.observatory.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.merge.Reports.IDLIB;
import static org.observatory.merge.Reports.LATAKIA;
import static org.observatory.merge.Reports.SARAQIB;
import static org.observatory.merge.Reports.actor;
import static org.observatory.merge.Reports.day;
import static org.observatory.merge.Reports.month;
import static org.observatory.merge.Reports.place;
import static org.observatory.merge.Reports.strike;
import static org.observatory.merge.Reports.town;

import org.junit.jupiter.api.Test;
import org.observatory.record.Acled;
import org.observatory.record.DateValue;

class EventScorerTest {

  private final EventScorer scorer = new EventScorer();

  private Similarity score(Reports.Builder a, Reports.Builder b) {
    Similarity ab = scorer.score(a.key(), b.key());
    assertThat(scorer.score(b.key(), a.key())).isEqualTo(ab);
    return ab;
  }

  @Test
  void twoOutletsReportingTheSameStrikeOnTheSameDayInTheSameTownAreTheSameEvent() {
    Similarity s = score(strike("a/e1").outlet("Reuters"), strike("b/e3").outlet("AFP"));
    assertThat(s.sameEvent()).isTrue();
    assertThat(s.score()).isEqualTo(1.0);
  }

  @Test
  void nearbyPlacesWithinTheLocalityRadiusStillMatchButScoreLower() {
    Similarity s = score(strike("a/e1"), strike("b/e1").at(town("Idlib", IDLIB)));
    assertThat(s.sameEvent()).isTrue();
    assertThat(s.score()).isLessThan(1.0);
  }

  @Test
  void townsAboutAHundredKilometresApartAreDifferentEvents() {
    Similarity s = score(strike("a/e1"), strike("b/e1").at(town("Latakia", LATAKIA)));
    assertThat(s.sameEvent()).isFalse();
    assertThat(s.blocker()).isEqualTo("place");
  }

  @Test
  void aFirstLevelUnitWidensTheRadiusSoAProvinceCentroidMatchesATownInIt() {
    double[] provinceCentroid = {35.2, 36.4};
    Similarity s = score(strike("a/e1"), strike("b/e1").at(place("Hama Governorate", provinceCentroid, "admin1",
        "SY")));
    assertThat(s.sameEvent()).isTrue();
    assertThat(score(strike("a/e1"), strike("b/e1").at(town("Hama", provinceCentroid))).blocker())
        .isEqualTo("place");
  }

  @Test
  void aPlannedStrikeIsNeverTheSameEventAsOneThatHappened() {
    Similarity s = score(strike("a/e1"), strike("b/e1").modality("planned"));
    assertThat(s.sameEvent()).isFalse();
    assertThat(s.blocker()).isEqualTo("modality");
    assertThat(score(strike("a/e1").modality("conditional"), strike("b/e1").modality("negated")).blocker())
        .isEqualTo("modality");
  }

  @Test
  void reportedAndAssertedBelongToTheSameFactualModalityClass() {
    assertThat(score(strike("a/e1").modality("asserted"), strike("b/e1").modality("reported")).sameEvent())
        .isTrue();
  }

  @Test
  void aDayMatchesTheMonthItLiesInButNotAnotherMonth() {
    assertThat(score(strike("a/e1"), strike("b/e1").date(month("2020-02"))).sameEvent()).isTrue();
    assertThat(score(strike("a/e1"), strike("b/e1").date(month("2020-03"))).blocker()).isEqualTo("date");
  }

  @Test
  void consecutiveDaysAreDifferentEvents() {
    assertThat(score(strike("a/e1"), strike("b/e1").date(day("2020-02-03"))).blocker()).isEqualTo("date");
  }

  @Test
  void yearsAndUnresolvedDatesAreTooVagueToMerge() {
    DateValue year = new DateValue("2020", "year", null, "explicit", null, null);
    assertThat(score(strike("a/e1"), strike("b/e1").date(year)).blocker()).isEqualTo("date");
    assertThat(score(strike("a/e1").date(DateValue.unresolved("once")), strike("b/e1")).blocker())
        .isEqualTo("date");
  }

  @Test
  void explicitBoundsOfAnInferredDateDecideTheOverlap() {
    DateValue inferred = new DateValue("2020-02-04", "day", null, "inferred", "2020-02-01", "2020-02-05");
    assertThat(score(strike("a/e1"), strike("b/e1").date(inferred)).sameEvent()).isTrue();
  }

  @Test
  void eventsOfOneDocumentAreNeverMerged() {
    assertThat(score(strike("a/e1"), strike("a/e2")).blocker()).isEqualTo("same-document");
  }

  @Test
  void differentPloverTypesMergeOnlyThroughAnEqualAcledSubType() {
    Acled strikeCode = new Acled("Explosions/Remote violence", "Air/drone strike");
    assertThat(score(strike("a/e1"), strike("b/e1").type("COERCE", strikeCode)).sameEvent()).isTrue();
    assertThat(score(strike("a/e1"), strike("b/e1").type("COERCE", null)).blocker()).isEqualTo("type");
  }

  @Test
  void countryLevelPlacesMatchOnlyTheSameCountryAndOnlyWhenNothingFinerIsKnown() {
    Reports.Builder syria = strike("a/e1").at(place("Syria", new double[] {35.0, 38.0}, "country", "SY"));
    assertThat(score(syria, strike("b/e1").at(place("Syria", new double[] {35.0, 38.0}, "country", "SY")))
        .sameEvent()).isTrue();
    assertThat(score(syria, strike("b/e1").at(place("Turkey", new double[] {39.0, 35.0}, "country", "TR")))
        .blocker()).isEqualTo("place");
    assertThat(score(syria, strike("b/e1")).blocker()).isEqualTo("place");
  }

  @Test
  void disjointPerpetratorsKeepOtherwiseIdenticalReportsApart() {
    Similarity s = score(strike("a/e1"), strike("b/e1").actors(actor("source", "Turkey", "TUR")));
    assertThat(s.blocker()).isNull();
    assertThat(s.sameEvent()).isFalse();
  }

  @Test
  void aReportWithoutLocationNeedsTheSameDayAndTheSameActors() {
    assertThat(score(strike("a/e1"), strike("b/e1").at(null)).sameEvent()).isTrue();
    assertThat(score(strike("a/e1").date(month("2020-02")), strike("b/e1").at(null)).sameEvent()).isFalse();
  }
}
