package org.observatory.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.merge.Reports.IDLIB;
import static org.observatory.merge.Reports.LATAKIA;
import static org.observatory.merge.Reports.actor;
import static org.observatory.merge.Reports.month;
import static org.observatory.merge.Reports.strike;
import static org.observatory.merge.Reports.town;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.observatory.record.SourceLink;

class EventClustererTest {

  private final EventClusterer clusterer = new EventClusterer();

  @Test
  void twoOutletsReportingOneStrikeBecomeOneEventWithBothSourceChains() {
    Report reuters = strike("d1/e1").outlet("Reuters").report();
    Report afp = strike("d2/e4").outlet("AFP").report();
    List<MergedEvent> merged = clusterer.cluster(List.of(afp, reuters));
    assertThat(merged).hasSize(1);
    MergedEvent m = merged.get(0);
    assertThat(m.id()).isEqualTo("d1/e1");
    assertThat(m.reports()).isEqualTo(2);
    assertThat(m.outlets()).containsExactly("Reuters", "AFP");
    assertThat(m.members()).extracting(Member::documentId, Member::eventId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("d1", "d1/e1"),
            org.assertj.core.groups.Tuple.tuple("d2", "d2/e4"));
    assertThat(m.sources()).extracting(Source::documentId).containsExactly("d1", "d2");
    assertThat(m.sources().get(1).chain()).extracting(SourceLink::name)
        .containsExactly("Syrian Observatory for Human Rights", "AFP");
    assertThat(m.conflicts()).isEmpty();
  }

  @Test
  void reportsThatMatchNothingStayEventsOfTheirOwn() {
    List<MergedEvent> merged = clusterer.cluster(List.of(strike("d1/e1").report(),
        strike("d2/e1").at(town("Latakia", LATAKIA)).report(), strike("d3/e1").modality("planned").report()));
    assertThat(merged).extracting(MergedEvent::id).containsExactly("d1/e1", "d2/e1", "d3/e1");
    assertThat(merged).allSatisfy(m -> assertThat(m.reports()).isEqualTo(1));
  }

  @Test
  void disagreeingDetailsAreKeptSideBySideWithTheMembersThatGiveThem() {
    Report precise = strike("d1/e1").report();
    Report vague = strike("d2/e1").date(month("2020-02")).at(town("Sar\u0101qib", Reports.SARAQIB))
        .modality("reported").actors(actor("target", "Russia", "RUS")).report();
    MergedEvent m = clusterer.cluster(List.of(precise, vague)).get(0);
    assertThat(m.reports()).isEqualTo(2);
    assertThat(m.conflicts()).extracting(Conflict::field)
        .containsExactly("date", "location", "modality", "actor-role");
    Conflict date = m.conflicts().get(0);
    assertThat(date.variants()).containsExactly(new Variant("2020-02", List.of("d2/e1")),
        new Variant("2020-02-02", List.of("d1/e1")));
    Conflict role = m.conflicts().get(3);
    assertThat(role.subject()).isEqualTo("Russia");
    assertThat(role.variants()).extracting(Variant::value).containsExactly("source", "target");
    assertThat(m.date().value()).isEqualTo("2020-02-02");
    assertThat(m.location().name()).isEqualTo("Saraqib");
  }

  @Test
  void theIdIsTheSmallestMemberIdAndAThirdLaterReportDoesNotChangeIt() {
    Report first = strike("d5/e2").outlet("Reuters").report();
    Report second = strike("d7/e1").outlet("AFP").report();
    String before = clusterer.cluster(List.of(first, second)).get(0).id();
    List<MergedEvent> after = clusterer.cluster(List.of(first, second, strike("d9/e3").outlet("SANA").report()));
    assertThat(before).isEqualTo("d5/e2");
    assertThat(after).hasSize(1);
    assertThat(after.get(0).id()).isEqualTo(before);
    assertThat(after.get(0).reports()).isEqualTo(3);
  }

  @Test
  void aLaterReportWithASmallerEventIdGivesTheClusterThatSmallerId() {
    Report first = strike("d5/e2").report();
    Report second = strike("d7/e1").report();
    assertThat(clusterer.cluster(List.of(first, second, strike("d1/e9").report())).get(0).id())
        .isEqualTo("d1/e9");
  }

  @Test
  void theResultDoesNotDependOnTheOrderReportsArriveIn() {
    List<Report> reports = new ArrayList<>(List.of(strike("d1/e1").report(), strike("d2/e1").report(),
        strike("d3/e2").at(town("Idlib", IDLIB)).report(), strike("d4/e1").at(town("Latakia", LATAKIA)).report(),
        strike("d5/e1").at(town("Latakia", LATAKIA)).date(month("2020-02")).report(),
        strike("d6/e1").modality("planned").report(), strike("d7/e1").modality("planned").report()));
    List<MergedEvent> expected = clusterer.cluster(reports);
    assertThat(expected).extracting(MergedEvent::id).containsExactly("d1/e1", "d4/e1", "d6/e1");
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(reports, random);
      assertThat(clusterer.cluster(reports)).isEqualTo(expected);
    }
  }

  @Test
  void twoEventsOfOneDocumentStayApartEvenWhenAnotherReportMatchesBoth() {
    Report a = strike("d1/e1").report();
    Report b = strike("d1/e2").at(town("Idlib", IDLIB)).report();
    Report other = strike("d2/e1").report();
    List<MergedEvent> merged = clusterer.cluster(List.of(a, b, other));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).members()).extracting(Member::eventId).containsExactly("d1/e1", "d2/e1");
    assertThat(merged.get(1).members()).extracting(Member::eventId).containsExactly("d1/e2");
  }

  @Test
  void theSameReportGivenTwiceCountsOnce() {
    Report r = strike("d1/e1").report();
    assertThat(clusterer.cluster(List.of(r, r))).singleElement()
        .satisfies(m -> assertThat(m.reports()).isEqualTo(1));
  }

  @Test
  void aVagueReportDoesNotChainTwoStrikesOnDifferentDaysIntoOne() {
    Report second = strike("d1/e1").report();
    Report fifth = strike("d2/e1").date(Reports.day("2020-02-05")).report();
    Report february = strike("d3/e1").date(month("2020-02")).report();
    List<MergedEvent> merged = clusterer.cluster(List.of(fifth, february, second));
    assertThat(merged).extracting(m -> m.members().stream().map(Member::eventId).toList())
        .containsExactly(List.of("d1/e1", "d3/e1"), List.of("d2/e1"));
  }

  @Test
  void aReportWithoutActorsDoesNotJoinReportsOfDifferentPerpetrators() {
    Report russia = strike("d1/e1").report();
    Report turkey = strike("d2/e1").actors(actor("source", "Turkey", "TUR")).report();
    Report nobody = strike("d3/e1").actors().report();
    List<MergedEvent> merged = clusterer.cluster(List.of(russia, turkey, nobody));
    assertThat(merged).hasSize(2);
    assertThat(merged).allSatisfy(m -> assertThat(m.reports()).isLessThanOrEqualTo(2));
  }
}
