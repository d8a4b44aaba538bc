package org.observatory.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.extract.agreement.AgreementStage;
import org.observatory.extract.attribution.AttributionStage;
import org.observatory.extract.quote.QuoteStage;
import org.observatory.extract.time.TimeStage;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Agreement;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;
import org.observatory.testing.SharedData;

/** The discourse stages on the seed after the real time and actor stages. */
class DiscourseWithActorStageIT {

  private static AnalysisState state;

  @BeforeAll
  static void run() {
    SharedData.require("events/cameo-dictionaries");
    AnalysisState hand = SeedFixture.state();
    AnalysisState s = AnalysisState.of(hand.document()).with(Slot.ANNOTATION, hand.get(Slot.ANNOTATION));
    s = new TimeStage().apply(s);
    s = new ActorStage(ActorDictionary.load(SharedData.dataDir())).apply(s);
    s = new QuoteStage().apply(s);
    s = new AttributionStage().apply(s);
    state = new AgreementStage().apply(s);
    state.get(Slot.ACTORS).forEach(a -> System.out.println("ACTOR " + a.text() + " -> " + a.canonical() + " "
        + a.code() + " " + a.country() + " " + a.sector() + " " + a.title()));
    state.get(Slot.QUOTES).forEach(q -> System.out.println("QUOTE " + q.speaker() + " / " + q.speakerCanonical()));
    state.get(Slot.SOURCES).forEach(c -> System.out.println("CHAIN " + c.scope() + " " + c.links().stream()
        .map(l -> l.name() + "/" + l.role()).toList()));
    state.get(Slot.AGREEMENTS).forEach(a -> System.out.println("AGREEMENT " + a.name() + " parties=" + a.parties()
        + " brokers=" + a.brokers() + " " + a.provenance().rule()));
  }

  @Test
  void theThreatQuoteIsErdogansAndDatedFriday() {
    Quote q = state.get(Slot.QUOTES).stream().filter(x -> x.text().startsWith("We will do what is necessary"))
        .findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("Erdogan");
    assertThat(q.speakerCanonical()).containsIgnoringCase("Erdogan");
    assertThat(q.said().value()).isEqualTo("2020-01-31");
  }

  @Test
  void theConvoySentenceChainNamesSohrPressTvAndThePublisher() {
    int convoy = state.document().text().indexOf("the column entered the Syrian territory");
    SourceChain c = state.get(Slot.SOURCES).stream().filter(x -> x.scope().contains(convoy)).findFirst()
        .orElseThrow();
    assertThat(c.links()).extracting(SourceLink::name).anyMatch(n -> n.contains("SOHR"))
        .contains("Press TV", "madaresharghi");
  }

  @Test
  void theSochiAgreementsPartiesAreRussiaAndTurkey() {
    Agreement a = state.get(Slot.AGREEMENTS).stream().filter(x -> x.name().equals("Sochi agreement")).findFirst()
        .orElseThrow();
    assertThat(String.join(" ", a.parties())).containsIgnoringCase("Russia").containsIgnoringCase("Turkey");
    assertThat(a.obligations()).extracting(o -> o.deadline().value()).containsExactly("2018-10-17", "2018-10-15");
  }

  @Test
  void theMemorandumDeadlineIsTheWindow150HoursAfterTheSigningDay() {
    Agreement a = state.get(Slot.AGREEMENTS).stream().filter(x -> x.kind().equals("memorandum")).findFirst()
        .orElseThrow();
    assertThat(a.signed().value()).isEqualTo("2019-10-22");
    assertThat(a.obligations().get(0).deadline().value()).isEqualTo("2019-10-28T06:00/2019-10-29T06:00");
  }

  @Test
  void theFiveDayTruceIsUsBrokeredAndKeepsItsLength() {
    Agreement a = state.get(Slot.AGREEMENTS).stream().filter(x -> x.kind().equals("truce")).findFirst()
        .orElseThrow();
    assertThat(a.brokers()).containsExactly("United States");
    assertThat(a.duration()).isEqualTo("P5D");
  }
}
