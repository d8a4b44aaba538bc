package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Agreement;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Published;

/** Breaking an agreement is one REJECT; failing at anything else stays a negated event. Hand-built parses. */
class EventViolationTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);
  private static final Provenance P = Provenance.of("test", "hand-built", null);

  private final EventExtractor extractor = TestResources.extractor();

  private static ParseBuilder failedToHonor() {
    return new ParseBuilder()
        .toks("Militants/NNS/militant", "failed/VBD/fail", "to/TO/to", "honor/VB/honor", "a/DT/a",
            "ceasefire/NN/ceasefire", "brokered/VBN/broker", "by/IN/by", "Russia/NNP/Russia/COUNTRY")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("xcomp", 1, 3).dep("mark", 3, 2).dep("nsubj:xsubj", 3, 0)
        .dep("obj", 3, 5).dep("det", 5, 4).dep("acl", 5, 6).dep("obl:by", 6, 8).dep("case", 8, 7);
  }

  private List<Event> extract(ParseBuilder b, List<Place> places, List<Agreement> agreements) {
    return extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(), places, List.of(),
        List.of(), List.of(), agreements));
  }

  private static Agreement ceasefire(ParseBuilder b, int token) {
    return new Agreement("ceasefire", "ceasefire", List.of(), List.of("Russia"), null, null, List.of(),
        Provenance.of("agreements", "test", b.span(token)));
  }

  @Test
  void failingToHonorACeasefireIsAnAssertedRejectByTheSubjectLinkedToTheCeasefire() {
    ParseBuilder b = failedToHonor();

    List<Event> events = extract(b, List.of(), List.of(ceasefire(b, 5)));

    assertThat(events).filteredOn(e -> e.type().equals("REJECT")).singleElement().satisfies(e -> {
      assertThat(e.trigger().text()).isEqualTo("honor");
      assertThat(e.modality()).isEqualTo("asserted");
      assertThat(e.agreement()).isEqualTo(0);
      assertThat(e.actors()).extracting(a -> a.role() + ":" + a.text()).containsExactly("source:Militants");
    });
    assertThat(events).as("no negated event and no second event for the ceasefire or the failing")
        .noneMatch(e -> e.modality().equals("negated"))
        .noneMatch(e -> e.trigger().text().equals("ceasefire") || e.trigger().text().equals("failed"));
  }

  @Test
  void theBrokerOfAnAgreementIsNoLocationOfItsEvents() {
    ParseBuilder b = failedToHonor();
    Span russia = b.span(8);
    Place place = new Place("Russia", russia.start(), russia.end(), "Russia", 2017370L, 60.0, 100.0, "RU", null,
        "PCLI", "country", true, null, null, P);

    List<Event> events = extract(b, List.of(place), List.of(ceasefire(b, 5)));

    assertThat(events).filteredOn(e -> e.trigger().text().equals("brokered")).singleElement()
        .satisfies(e -> assertThat(e.location()).isNull());
    assertThat(events).allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void failingToReachAnAgreementStaysANegatedAgree() {
    ParseBuilder b = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "failed/VBD/fail", "to/TO/to", "reach/VB/reach", "an/DT/a",
            "agreement/NN/agreement")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("xcomp", 1, 3).dep("mark", 3, 2).dep("nsubj:xsubj", 3, 0)
        .dep("obj", 3, 5).dep("det", 5, 4);

    List<Event> events = extract(b, List.of(), List.of());

    assertThat(events).noneMatch(e -> e.type().equals("REJECT"));
    assertThat(events).filteredOn(e -> e.type().equals("AGREE")).singleElement()
        .satisfies(e -> assertThat(e.modality()).isEqualTo("negated"));
  }

  @Test
  void violatingATruceIsARejectNotAnAttack() {
    ParseBuilder b = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "violated/VBD/violate", "the/DT/the", "truce/NN/truce")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2);

    List<Event> events = extract(b, List.of(), List.of());

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("REJECT");
      assertThat(e.modality()).isEqualTo("asserted");
      assertThat(e.actors()).extracting(a -> a.role() + ":" + a.text()).containsExactly("source:Rebels");
    });
  }

  @Test
  void refusingToAbideByADealIsAReportedRejectUnderAReportVerb() {
    ParseBuilder b = new ParseBuilder()
        .toks("SOHR/NNP/SOHR/ORGANIZATION", "said/VBD/say", "rebels/NNS/rebel", "refused/VBD/refuse", "to/TO/to",
            "abide/VB/abide", "by/IN/by", "the/DT/the", "deal/NN/deal")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("ccomp", 1, 3).dep("nsubj", 3, 2).dep("xcomp", 3, 5)
        .dep("mark", 5, 4).dep("nsubj:xsubj", 5, 2).dep("obl:by", 5, 8).dep("case", 8, 6).dep("det", 8, 7);

    List<Event> events = extract(b, List.of(), List.of());

    assertThat(events).filteredOn(e -> e.type().equals("REJECT")).singleElement().satisfies(e -> {
      assertThat(e.trigger().text()).isEqualTo("abide");
      assertThat(e.modality()).isEqualTo("reported");
    });
  }
}
