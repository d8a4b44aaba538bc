package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.GreatCircle;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Actor;
import org.observatory.record.Agreement;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;
import org.observatory.record.TimeExpression;

class EventExtractorTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);
  private static final Provenance P = Provenance.of("test", "hand-built", null);

  private final EventExtractor extractor = TestResources.extractor();

  private static Actor actor(ParseBuilder b, int token, String canonical, String country, String sector) {
    Span s = b.span(token);
    return new Actor(s.of(b.text()), s.start(), s.end(), canonical, null, country, sector, null, P);
  }

  private static Place place(ParseBuilder b, int token, double lat, double lon) {
    Span s = b.span(token);
    return new Place(s.of(b.text()), s.start(), s.end(), s.of(b.text()), 1L, lat, lon, "SY", "Idlib", "PPL",
        "locality", true, 1.0, null, P);
  }

  private static TimeExpression time(ParseBuilder b, int from, int to, String value) {
    Span s = b.span(from).union(b.span(to));
    return new TimeExpression(s.of(b.text()), s.start(), s.end(), "DATE", value, "day", "anchor", null, P);
  }

  private static ParseBuilder dispatch() {
    return new ParseBuilder()
        .toks("Turkey/NNP/Turkey/COUNTRY", "dispatched/VBD/dispatch", "troops/NNS/troop", "to/TO/to",
            "Idlib/NNP/Idlib/CITY", "on/IN/on", "Sunday/NNP/Sunday/DATE")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("case", 4, 3).dep("obl:to", 1, 4)
        .dep("case", 6, 5).dep("obl:on", 1, 6);
  }

  @Test
  void dispatchingTroopsIsMobilizeWithActorPlaceDateAndSourceChain() {
    ParseBuilder b = dispatch();
    SourceChain chain = new SourceChain(new Span(0, b.text().length()),
        List.of(new SourceLink("Syrian Observatory for Human Rights", "monitor", null),
            new SourceLink("Press TV", "cited-outlet", null)), true);
    EventContext ctx = new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(time(b, 6, 6, "2020-02-02")),
        List.of(place(b, 4, 35.93, 36.63)), List.of(actor(b, 0, "Turkey", "TUR", "government")), List.of(),
        List.of(chain), List.of());

    List<Event> events = extractor.extract(ctx);

    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.id()).isEqualTo(b.document().id() + "/e1");
    assertThat(e.type()).isEqualTo("MOBILIZE");
    assertThat(e.mode()).isEqualTo("troops");
    assertThat(e.trigger().text()).isEqualTo("dispatched");
    assertThat(e.actors()).anySatisfy(a -> {
      assertThat(a.role()).isEqualTo("source");
      assertThat(a.canonical()).isEqualTo("Turkey");
    });
    assertThat(e.location().name()).isEqualTo("Idlib");
    assertThat(e.date().value()).isEqualTo("2020-02-02");
    assertThat(e.modality()).isEqualTo("reported");
    assertThat(e.attribution()).extracting(SourceLink::name).containsExactly("Syrian Observatory for Human Rights",
        "Press TV");
    assertThat(e.provenance().stage()).isEqualTo("events");
    assertThat(e.provenance().rule()).contains("lexicon:dispatch");
    assertThat(e.evidence()).isEqualTo(new Span(0, b.text().length()));
  }

  @Test
  void withoutAnyTimeTheDateIsMarkedAsDocumentDateWithAnOpenLowerBound() {
    ParseBuilder b = dispatch();
    EventContext ctx = new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    Event e = extractor.extract(ctx).get(0);
    assertThat(e.date().derivation()).isEqualTo("document-date");
    assertThat(e.date().precision()).isEqualTo("approximate");
    assertThat(e.date().latest()).isEqualTo("2020-02-03");
    assertThat(e.date().earliest()).isNull();
    assertThat(e.modality()).isEqualTo("asserted");
  }

  @Test
  void aPastEventIsNeverDatedAfterThePublicationDate() {
    ParseBuilder b = dispatch();
    EventContext ctx = new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(time(b, 6, 6, "2020-02-09")),
        List.of(), List.of(), List.of(), List.of(), List.of());
    Event e = extractor.extract(ctx).get(0);
    assertThat(e.date().derivation()).isEqualTo("document-date");
    assertThat(e.date().latest()).isEqualTo("2020-02-03");
  }

  private static ParseBuilder threat() {
    return new ParseBuilder()
        .toks("Erdogan/NNP/Erdogan/PERSON", "said/VBD/say", "Turkey/NNP/Turkey/COUNTRY", "may/MD/may",
            "launch/VB/launch", "an/DT/a", "offensive/NN/offensive", "if/IN/if", "the/DT/the", "army/NN/army",
            "advances/VBZ/advance")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("ccomp", 1, 4).dep("nsubj", 4, 2).dep("aux", 4, 3)
        .dep("obj", 4, 6).dep("det", 6, 5).dep("advcl:if", 4, 10).dep("mark", 10, 7).dep("nsubj", 10, 9)
        .dep("det", 9, 8);
  }

  @Test
  void aSpeechVerbStatingAConditionalAttackIsAConditionalThreatLinkedToItsQuote() {
    ParseBuilder b = threat();
    Span words = b.span(2).union(b.span(10));
    Quote q = new Quote(words.of(b.text()), words.start(), words.end(), "Erdogan", "Recep Tayyip Erdogan", null,
        Provenance.of("quotes", "said", b.span(0).union(b.span(1))));
    EventContext ctx = new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(), List.of(),
        List.of(actor(b, 0, "Recep Tayyip Erdogan", "TUR", "government")), List.of(q), List.of(), List.of());

    List<Event> events = extractor.extract(ctx);

    Event said = events.get(0);
    assertThat(said.type()).isEqualTo("THREATEN");
    assertThat(said.trigger().text()).isEqualTo("said");
    assertThat(said.modality()).isEqualTo("conditional");
    assertThat(said.quote()).isEqualTo(0);
    assertThat(said.actors()).anySatisfy(a -> assertThat(a.canonical()).isEqualTo("Recep Tayyip Erdogan"));
    assertThat(said.actors()).anySatisfy(a -> {
      assertThat(a.role()).isEqualTo("target");
      assertThat(a.text()).isEqualTo("the army");
    });
    assertThat(events).as("the offensive the threat states is its content, not a second THREATEN")
        .noneMatch(e -> e.trigger().text().equals("offensive"));
    assertThat(events).filteredOn(e -> e.trigger().text().equals("advances")).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo("ASSAULT");
          assertThat(e.modality()).isEqualTo("conditional");
        });
    assertThat(events).extracting(Event::id).containsExactly(b.document().id() + "/e1",
        b.document().id() + "/e2");
  }

  @Test
  void anUndatedStatementReadAsAThreatWasMadeOnOrBeforeTheReportNotAfterIt() {
    ParseBuilder b = threat();
    EventContext ctx = new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(), List.of(),
        List.of(actor(b, 0, "Recep Tayyip Erdogan", "TUR", "government")), List.of(), List.of(), List.of());
    Event said = extractor.extract(ctx).get(0);
    assertThat(said.modality()).isEqualTo("conditional");
    assertThat(said.date().latest()).isEqualTo("2020-02-03");
    assertThat(said.date().earliest()).isNull();
  }

  @Test
  void negationObligationAndPlansAreReadFromTheGoverningWords() {
    ParseBuilder neg = new ParseBuilder()
        .toks("Russia/NNP/Russia", "did/VBD/do", "not/RB/not", "attack/VB/attack", "the/DT/the", "town/NN/town")
        .dep("root", -1, 3).dep("nsubj", 3, 0).dep("aux", 3, 1).dep("advmod", 3, 2).dep("obj", 3, 5)
        .dep("det", 5, 4);
    ParseBuilder must = new ParseBuilder()
        .toks("Militants/NNS/militant", "were/VBD/be", "supposed/VBN/suppose", "to/TO/to", "withdraw/VB/withdraw")
        .dep("root", -1, 2).dep("nsubj:pass", 2, 0).dep("aux:pass", 2, 1).dep("xcomp", 2, 4).dep("mark", 4, 3)
        .dep("nsubj:xsubj", 4, 0);
    ParseBuilder plan = new ParseBuilder()
        .toks("Ankara/NNP/Ankara", "will/MD/will", "deploy/VB/deploy", "troops/NNS/troop")
        .dep("root", -1, 2).dep("nsubj", 2, 0).dep("aux", 2, 1).dep("obj", 2, 3);

    assertThat(only(neg).modality()).isEqualTo("negated");
    assertThat(only(must).modality()).isEqualTo("obligation");
    assertThat(only(must).type()).isEqualTo("RETREAT");
    Event planned = only(plan);
    assertThat(planned.modality()).isEqualTo("planned");
    assertThat(planned.type()).isEqualTo("MOBILIZE");
    assertThat(planned.date().earliest()).isEqualTo("2020-02-03");
  }

  private Event only(ParseBuilder b) {
    List<Event> events = extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void contentUnderAReportVerbIsReportedAndLiesOnOrBeforeTheReportsDate() {
    ParseBuilder b = new ParseBuilder()
        .toks("SOHR/NNP/SOHR/ORGANIZATION", "reported/VBD/report", "on/IN/on", "Sunday/NNP/Sunday/DATE",
            "that/IN/that", "the/DT/the", "column/NN/column", "entered/VBD/enter", "Syria/NNP/Syria/COUNTRY")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("ccomp", 1, 7)
        .dep("mark", 7, 4).dep("nsubj", 7, 6).dep("det", 6, 5).dep("obj", 7, 8);
    Event e = extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED,
        List.of(time(b, 3, 3, "2020-02-02")), List.of(), List.of(), List.of(), List.of(), List.of())).get(0);
    assertThat(e.type()).isEqualTo("MOBILIZE");
    assertThat(e.modality()).isEqualTo("reported");
    assertThat(e.date().value()).isEqualTo("2020-02-02");
    assertThat(e.date().derivation()).isEqualTo("anchor");
    assertThat(e.date().latest()).isEqualTo("2020-02-02");
    assertThat(e.date().precision()).isEqualTo("approximate");
  }

  @Test
  void aPlannedEventUnderAReportVerbDoesNotTakeTheReportsDate() {
    ParseBuilder b = new ParseBuilder()
        .toks("Officials/NNS/official", "said/VBD/say", "on/IN/on", "Sunday/NNP/Sunday/DATE", "that/IN/that",
            "the/DT/the", "army/NN/army", "will/MD/will", "deploy/VB/deploy", "troops/NNS/troop")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obl:on", 1, 3).dep("case", 3, 2).dep("ccomp", 1, 8)
        .dep("mark", 8, 4).dep("det", 6, 5).dep("nsubj", 8, 6).dep("aux", 8, 7).dep("obj", 8, 9);
    Event e = extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED,
        List.of(time(b, 3, 3, "2020-02-02")), List.of(), List.of(), List.of(), List.of(), List.of())).stream()
        .filter(x -> x.trigger().text().equals("deploy")).findFirst().orElseThrow();
    assertThat(e.modality()).isEqualTo("planned");
    assertThat(e.date().value()).isNotEqualTo("2020-02-02");
    assertThat(e.date().earliest()).isEqualTo("2020-02-03");
  }

  @Test
  void installingAPostOnARoadIsABaseEstablishedHalfwayAlongTheRoute() {
    ParseBuilder b = new ParseBuilder()
        .toks("Forces/NNS/force", "are/VBP/be", "installing/VBG/install", "a/DT/a", "military/JJ/military",
            "post/NN/post", "on/IN/on", "the/DT/the", "highway/NN/highway", "linking/VBG/link", "Abu/NNP/Abu",
            "to/TO/to", "Saraqib/NNP/Saraqib")
        .dep("root", -1, 2).dep("nsubj", 2, 0).dep("aux", 2, 1).dep("obj", 2, 5).dep("det", 5, 3)
        .dep("amod", 5, 4).dep("obl:on", 2, 8).dep("case", 8, 6).dep("det", 8, 7).dep("acl", 8, 9)
        .dep("obj", 9, 10).dep("obl:to", 9, 12).dep("case", 12, 11);
    Place abu = place(b, 10, 35.7373, 37.0526);
    Place saraqib = place(b, 12, 35.8644, 36.8006);
    Event e = extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(),
        List.of(abu, saraqib), List.of(), List.of(), List.of(), List.of())).get(0);
    assertThat(e.type()).isEqualTo("MOBILIZE");
    assertThat(e.acled().eventType()).isEqualTo("Strategic developments");
    assertThat(e.acled().subEventType()).isEqualTo("Headquarters or base established");
    double km = GreatCircle.distanceKm(e.location().lat(), e.location().lon(), 35.8644, 36.8006);
    assertThat(km).isLessThan(25);
    assertThat(e.location().note()).contains("midpoint");
  }

  @Test
  void signingAMemorandumIsOneAgreeEventLinkedToTheAgreementWithBothSigners() {
    ParseBuilder b = new ParseBuilder()
        .toks("Putin/NNP/Putin/PERSON", "and/CC/and", "Erdogan/NNP/Erdogan/PERSON", "signed/VBD/sign", "a/DT/a",
            "memorandum/NN/memorandum", "on/IN/on", "October/NNP/October/DATE", "22/CD/22/DATE")
        .dep("root", -1, 3).dep("nsubj", 3, 0).dep("conj:and", 0, 2).dep("cc", 2, 1).dep("nsubj", 3, 2)
        .dep("obj", 3, 5).dep("det", 5, 4).dep("obl:on", 3, 7).dep("case", 7, 6).dep("nummod", 7, 8);
    Agreement memo = new Agreement("memorandum of understanding", "memorandum", List.of("Russia", "Turkey"),
        List.of(), null, null, List.of(), Provenance.of("agreements", "test", b.span(5)));
    Event e = extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED,
        List.of(time(b, 7, 8, "2019-10-22")), List.of(), List.of(), List.of(), List.of(), List.of(memo)))
        .stream().filter(x -> x.type().equals("AGREE")).findFirst().orElseThrow();
    assertThat(e.trigger().text()).isEqualTo("signed");
    assertThat(e.acled().subEventType()).isEqualTo("Agreement");
    assertThat(e.agreement()).isEqualTo(0);
    assertThat(e.date().value()).isEqualTo("2019-10-22");
    assertThat(e.actors()).filteredOn(a -> a.role().equals("source")).extracting(a -> a.text())
        .containsExactly("Putin", "Erdogan");
  }

  @Test
  void aNominalOffensiveTakesItsAgentAndTargetFromByAndAgainst() {
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "offensive/NN/offensive", "by/IN/by", "government/NN/government", "forces/NNS/force",
            "against/IN/against", "militants/NNS/militant", "continues/VBZ/continue")
        .dep("root", -1, 7).dep("nsubj", 7, 1).dep("det", 1, 0).dep("nmod:by", 1, 4).dep("case", 4, 2)
        .dep("compound", 4, 3).dep("nmod:against", 1, 6).dep("case", 6, 5);
    Event e = only(b);
    assertThat(e.type()).isEqualTo("ASSAULT");
    assertThat(e.acled().eventType()).isEqualTo("Battles");
    assertThat(e.actors()).extracting(a -> a.role() + ":" + a.text())
        .containsExactly("source:government forces", "target:militants");
  }

  @Test
  void aSayingTwoDaysBeforeTheMainEventIsDatedTwoDaysEarlier() {
    ParseBuilder b = new ParseBuilder()
        .toks("Turkey/NNP/Turkey/COUNTRY", "sent/VBD/send", "troops/NNS/troop", "two/CD/two/DURATION",
            "days/NNS/day/DURATION", "after/IN/after", "Erdogan/NNP/Erdogan/PERSON", "said/VBD/say", "Turkey/NNP/Turkey",
            "may/MD/may", "attack/VB/attack", "if/IN/if", "talks/NNS/talk", "fail/VBP/fail")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("advcl:after", 1, 7).dep("nummod", 4, 3)
        .dep("dep", 7, 4).dep("mark", 7, 5).dep("nsubj", 7, 6).dep("ccomp", 7, 10).dep("nsubj", 10, 8)
        .dep("aux", 10, 9).dep("advcl:if", 10, 13).dep("mark", 13, 11).dep("nsubj", 13, 12);
    Span two = b.span(3).union(b.span(4));
    TimeExpression t = new TimeExpression("two days", two.start(), two.end(), "DATE", "2020-02-02", "day", "event",
        "Erdogan said", P);
    List<Event> events = extractor.extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(t),
        List.of(), List.of(actor(b, 0, "Turkey", "TUR", "government")), List.of(), List.of(), List.of()));
    Event sent = events.stream().filter(e -> e.trigger().text().equals("sent")).findFirst().orElseThrow();
    Event said = events.stream().filter(e -> e.trigger().text().equals("said")).findFirst().orElseThrow();
    assertThat(sent.type()).isEqualTo("MOBILIZE");
    assertThat(sent.date().value()).isEqualTo("2020-02-02");
    assertThat(said.type()).isEqualTo("THREATEN");
    assertThat(said.date().value()).isEqualTo("2020-01-31");
    assertThat(sent.actors()).anySatisfy(a -> {
      assertThat(a.canonical()).isEqualTo("Turkey");
      assertThat(a.sector()).isEqualTo("military");
    });
  }
}
