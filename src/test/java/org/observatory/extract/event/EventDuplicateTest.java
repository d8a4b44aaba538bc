package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Actor;
import org.observatory.record.Event;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/** One act, one event: purpose clauses, and event nouns named after a venue. Hand-built parses. */
class EventDuplicateTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);
  private static final Provenance P = Provenance.of("test", "hand-built", null);

  private static List<Event> extract(ParseBuilder b, List<TimeExpression> times, List<Actor> actors) {
    return TestResources.extractor().extract(new EventContext(b.document(), b.annotation(), PUBLISHED, times,
        List.of(), actors, List.of(), List.of(), List.of()));
  }

  @Test
  void aPurposeClauseOfTheSameActIsOneEventWithThePurposeClausesDate() {
    ParseBuilder b = new ParseBuilder()
        .toks("Turkey/NNP/Turkey/COUNTRY", "sent/VBD/send", "troops/NNS/troop", "to/TO/to", "be/VB/be",
            "deployed/VBN/deploy", "in/IN/in", "Idlib/NNP/Idlib/CITY", "on/IN/on", "Sunday/NNP/Sunday/DATE")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("advcl:to", 1, 5).dep("mark", 5, 3)
        .dep("aux:pass", 5, 4).dep("obl:in", 5, 7).dep("case", 7, 6).dep("obl:on", 5, 9).dep("case", 9, 8);
    Span sunday = b.span(9);
    TimeExpression t = new TimeExpression("Sunday", sunday.start(), sunday.end(), "DATE", "2020-02-02", "day",
        "document-date", null, P);

    List<Event> events = extract(b, List.of(t), List.of());

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("MOBILIZE");
      assertThat(e.trigger().text()).isEqualTo("sent");
      assertThat(e.date().value()).isEqualTo("2020-02-02");
      assertThat(e.actors()).extracting(a -> a.role() + ":" + a.text()).contains("source:Turkey");
    });
  }

  @Test
  void anInfinitiveWithItsOwnSubjectIsAnotherEvent() {
    ParseBuilder b = new ParseBuilder()
        .toks("Turkey/NNP/Turkey/COUNTRY", "sent/VBD/send", "troops/NNS/troop", "with/IN/with", "Russia/NNP/Russia",
            "having/VBG/have", "to/TO/to", "send/VB/send", "jets/NNS/jet")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("advcl:to", 1, 7).dep("mark", 7, 3)
        .dep("nsubj", 7, 4).dep("aux", 7, 5).dep("mark", 7, 6).dep("obj", 7, 8);

    assertThat(extract(b, List.of(), List.of())).extracting(e -> e.trigger().start())
        .containsExactly(b.span(1).start(), b.span(7).start());
  }

  @Test
  void anAttackOthersAreSaidToPlanWithoutAConditionStaysAnEventOfItsOwn() {
    ParseBuilder b = new ParseBuilder()
        .toks("Residents/NNS/resident", "said/VBD/say", "Turkey/NNP/Turkey/COUNTRY", "will/MD/will",
            "attack/VB/attack")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("ccomp", 1, 4).dep("nsubj", 4, 2).dep("aux", 4, 3);

    assertThat(extract(b, List.of(), List.of())).extracting(e -> e.trigger().text()).contains("attack");
  }

  @Test
  void aCityNamingAnAgreementIsNoPartyToIt() {
    ParseBuilder b = new ParseBuilder()
        .toks("Turkey/NNP/Turkey/COUNTRY", "signed/VBD/sign", "the/DT/the", "Sochi/NNP/Sochi/CITY",
            "agreement/NN/agreement")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 4).dep("det", 4, 2).dep("compound", 4, 3);

    List<Event> events = extract(b, List.of(), List.of());
    assertThat(events).anyMatch(e -> e.type().equals("AGREE"));
    assertThat(events).allSatisfy(e -> assertThat(e.actors()).noneMatch(a -> a.text().equals("Sochi")));
  }

  @Test
  void aCityTheActorStageTookForAnActorStaysTheSourceOfAnEventNoun() {
    ParseBuilder b = new ParseBuilder()
        .toks("Washington/NNP/Washington/CITY", "sanctions/NNS/sanction", "hit/VBD/hit", "Iran/NNP/Iran/COUNTRY")
        .dep("root", -1, 2).dep("compound", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 3);
    Span w = b.span(0);
    Actor usa = new Actor("Washington", w.start(), w.end(), "United States", null, "USA", "government", null, P);

    assertThat(extract(b, List.of(), List.of(usa))).filteredOn(e -> e.trigger().text().equals("sanctions"))
        .singleElement().satisfies(e -> assertThat(e.actors()).anySatisfy(a -> assertThat(a.canonical()).isEqualTo("United States")));
  }

  @Test
  void aConditionalOfferUnderASpeechVerbIsOneAgreeNotAThreat() {
    ParseBuilder b = new ParseBuilder()
        .toks("Leaders/NNS/leader", "said/VBD/say", "they/PRP/they", "would/MD/would", "meet/VB/meet",
            "the/DT/the", "mediator/NN/mediator", "if/IN/if", "he/PRP/he", "came/VBD/come")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("ccomp", 1, 4).dep("nsubj", 4, 2).dep("aux", 4, 3)
        .dep("obj", 4, 6).dep("det", 6, 5).dep("advcl:if", 4, 9).dep("mark", 9, 7).dep("nsubj", 9, 8);

    assertThat(extract(b, List.of(), List.of())).extracting(e -> e.type() + ":" + e.trigger().text())
        .containsExactly("AGREE:meet");
  }

  private static ParseBuilder sentTwoDaysAfter() {
    return new ParseBuilder()
        .toks("Turkey/NNP/Turkey/COUNTRY", "sent/VBD/send", "troops/NNS/troop", "to/TO/to", "be/VB/be",
            "deployed/VBN/deploy", "two/CD/two/DURATION", "days/NNS/day/DURATION", "after/IN/after",
            "Erdogan/NNP/Erdogan/PERSON", "spoke/VBD/speak")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("advcl:to", 1, 5).dep("mark", 5, 3)
        .dep("aux:pass", 5, 4).dep("advcl:after", 5, 10).dep("mark", 10, 8).dep("nsubj", 10, 9)
        .dep("nummod", 7, 6).dep("dep", 10, 7);
  }

  private static TimeExpression twoDays(ParseBuilder b, String value, String precision) {
    Span s = b.span(6).union(b.span(7));
    return new TimeExpression("two days", s.start(), s.end(), "DATE", value, precision, "event", "Erdogan spoke", P);
  }

  @Test
  void theMainEventTakesTheDateTheAfterClauseOfItsPurposeClauseGives() {
    ParseBuilder b = sentTwoDaysAfter();

    assertThat(extract(b, List.of(twoDays(b, "2020-02-02", "day")), List.of())).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo("2020-02-02"));
  }

  @Test
  void anUnanchoredDistanceDatesNoEvent() {
    ParseBuilder b = sentTwoDaysAfter();

    assertThat(extract(b, List.of(twoDays(b, "P2D", "unresolved")), List.of())).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo("2020-02-03"));
  }
}
