package org.observatory.extract.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.extract.agreement.AgreementStage;
import org.observatory.extract.attribution.AttributionStage;
import org.observatory.extract.quote.QuoteStage;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Agreement;
import org.observatory.record.Obligation;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;

class DiscourseSeedIT {

  private static AnalysisState state;

  @BeforeAll
  static void run() {
    AnalysisState s = SeedFixture.state();
    s = new QuoteStage().apply(s);
    s = new AttributionStage().apply(s);
    state = new AgreementStage().apply(s);
    String text = state.document().text();
    state.get(Slot.QUOTES).forEach(q -> System.out.println("QUOTE " + q));
    for (SourceChain c : state.get(Slot.SOURCES)) {
      System.out.println("CHAIN " + c.scope() + " reported=" + c.reported() + " "
          + c.scope().of(text).substring(0, Math.min(60, c.scope().length())) + " <- "
          + c.links().stream().map(l -> l.name() + "/" + l.role()).toList());
    }
    state.get(Slot.AGREEMENTS).forEach(a -> System.out.println("AGREEMENT " + a));
  }

  @Test
  void erdoganIsTheSpeakerOfTheThreatQuoteSaidOnFriday() {
    Quote q = state.get(Slot.QUOTES).stream().filter(x -> x.text().startsWith("We will do what is necessary"))
        .findFirst().orElseThrow();
    assertThat(q.speaker()).isEqualTo("Erdogan");
    assertThat(q.speakerCanonical()).isEqualTo("Recep Tayyip Erdogan");
    assertThat(q.said().value()).isEqualTo("2020-01-31");
    assertThat(q.text()).endsWith("quickly");
  }

  @Test
  void thePartialQuoteBelongsToTheSubjectOfTheGoverningClause() {
    Quote q = state.get(Slot.QUOTES).stream().filter(x -> x.text().startsWith("will not stop")).findFirst()
        .orElseThrow();
    assertThat(q.speaker()).startsWith("Syria’s Ministry of Foreign Affairs");
    assertThat(q.said().value()).isEqualTo("2020-01-25");
  }

  @Test
  void scareQuotesAreNotQuotes() {
    assertThat(state.get(Slot.QUOTES)).extracting(Quote::text).doesNotContain("safe zone");
  }

  @Test
  void theConvoySentenceChainNamesTheMonitorTheCitedOutletAndThePublisher() {
    String text = state.document().text();
    int convoy = text.indexOf("the column entered the Syrian territory");
    SourceChain c = chainAt(convoy);
    assertThat(c.reported()).isTrue();
    assertThat(names(c)).anyMatch(n -> n.contains("SOHR")).contains("Press TV", "madaresharghi");
    assertThat(c.links().get(c.links().size() - 1)).isEqualTo(new SourceLink("madaresharghi", "outlet", null));
  }

  @Test
  void theMonitorsAnonymousSourcesComeFirstWhereTheTextLinksThem() {
    String text = state.document().text();
    SourceChain c = chainAt(text.indexOf("Kafr Amim"));
    assertThat(c.links()).extracting(SourceLink::role)
        .containsExactly("monitor-source", "monitor", "cited-outlet", "outlet");
    assertThat(c.links().get(0).name()).isEqualTo("reliable sources requesting anonymity");
    assertThat(c.links().get(1).name()).contains("SOHR");
  }

  @Test
  void theSochiAgreementHasRussiaAndTurkeyAndTwoDeadlines() {
    Agreement a = agreement("Sochi agreement");
    assertThat(a.parties()).containsExactlyInAnyOrder("Russia", "Turkey");
    assertThat(a.provenance().rule()).contains("inherited");
    assertThat(a.obligations()).extracting(o -> o.deadline().value()).containsExactly("2018-10-17", "2018-10-15");
    assertThat(a.obligations().get(1).party()).isEqualTo("Takfiri groups");
  }

  @Test
  void theMemorandumDeadlineIs150HoursAfterTheSigningDay() {
    Agreement a = agreement("memorandum of understanding");
    assertThat(a.signed().value()).isEqualTo("2019-10-22");
    Obligation o = a.obligations().get(0);
    assertThat(o.deadline().earliest()).isEqualTo("2019-10-28T06:00");
    assertThat(o.deadline().latest()).isEqualTo("2019-10-29T06:00");
    assertThat(o.deadline().precision()).isEqualTo("approximate");
  }

  @Test
  void theFiveDayTruceIsBrokeredByTheUnitedStatesAndKeepsItsLength() {
    Agreement a = agreement("five-day truce");
    assertThat(a.brokers()).containsExactly("United States");
    assertThat(a.duration()).isEqualTo("P5D");
    assertThat(a.kind()).isEqualTo("truce");
  }

  private static Agreement agreement(String name) {
    return state.get(Slot.AGREEMENTS).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  private static SourceChain chainAt(int offset) {
    return state.get(Slot.SOURCES).stream().filter(c -> c.scope().contains(offset))
        .min((x, y) -> Integer.compare(y.scope().length(), x.scope().length())).orElseThrow();
  }

  private static List<String> names(SourceChain c) {
    return c.links().stream().map(SourceLink::name).toList();
  }
}
