package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.core.GreatCircle;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.record.Actor;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;
import org.observatory.record.TimeExpression;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/**
 * Event coding with CoreNLP parses: on sentences written for this test, and on the seed report with the actor
 * stage's actors and hand-built times, places, quotes and source chains (the stages that make those are built
 * elsewhere).
 */
class EventStageIT {

  private static final Provenance P = Provenance.of("test", "hand-built", null);
  private static EventExtractor extractor;

  @BeforeAll
  static void load() {
    Path data = SharedData.require("events/plover-gsr/CAMEO2PLOVER-2021.txt");
    extractor = new EventExtractor(EventOntology.load(data.getParent().getParent().getParent()),
        TriggerLexicon.builtIn(), CameoVerbDictionary.load(SharedData.dataDir()), AcledRules.builtIn());
  }

  private static List<Event> code(String text) {
    Document d = Document.ofText(text, "test");
    Annotation a = Annotators.full().annotate(new AnnotationRequest(text, LocalDate.of(2021, 3, 1)));
    return extractor.extract(EventContext.parseOnly(d, a));
  }

  private static String acledSubType(List<Event> events) {
    return events.stream().filter(e -> e.acled() != null).findFirst().map(e -> e.acled().subEventType())
        .orElse("none");
  }

  @Test
  void warplanesStrikingADepotIsAnAirStrike() {
    List<Event> events = code("Israeli warplanes struck a weapons depot near Damascus on Tuesday.");
    assertThat(events).first().satisfies(e -> assertThat(e.type()).isEqualTo("ASSAULT"));
    assertThat(acledSubType(events)).isEqualTo("Air/drone strike");
  }

  @Test
  void protestersHurlingStonesIsAViolentDemonstration() {
    List<Event> events = code("Hundreds of protesters hurled stones at police in Basra on Friday.");
    assertThat(acledSubType(events)).isEqualTo("Violent demonstration");
  }

  @Test
  void aNegatedWithdrawalIsNegated() {
    List<Event> events = code("The rebels did not withdraw from the town.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("RETREAT");
      assertThat(e.modality()).isEqualTo("negated");
    });
  }

  @Test
  void aConditionalStatementOfForceIsAThreat() {
    List<Event> events = code("Iran said it will close the strait if the sanctions continue.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("THREATEN");
      assertThat(e.modality()).isEqualTo("conditional");
      assertThat(e.actors()).extracting(EventActor::text).contains("Iran");
    });
  }

  @Test
  void anArmyRecapturingATownRegainsTerritory() {
    List<Event> events = code("The Syrian army recaptured the town of Maarat al-Numan from the rebels.");
    assertThat(acledSubType(events)).isEqualTo("Government regains territory");
  }

  // ---- the seed report

  private static String seedText() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.requireSeed(), StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(1, lines.size())).strip().replaceAll(" ?\\[\\d+\\]", "");
  }

  private static Span find(String text, String s) {
    int i = text.indexOf(s);
    assertThat(i).as("seed contains '%s'", s).isGreaterThanOrEqualTo(0);
    return new Span(i, i + s.length());
  }

  private static TimeExpression time(String text, String s, String value) {
    Span sp = find(text, s);
    return new TimeExpression(s, sp.start(), sp.end(), "DATE", value, "day", "anchor", null, P);
  }

  private static Place place(String text, String s, String name, double lat, double lon, boolean resolved) {
    return place(text, s, s, name, lat, lon, resolved);
  }

  /** The place named {@code s} at its first occurrence inside the first occurrence of {@code context}. */
  private static Place place(String text, String context, String s, String name, double lat, double lon,
      boolean resolved) {
    Span c = find(text, context);
    int i = text.indexOf(s, c.start());
    Span sp = new Span(i, i + s.length());
    return new Place(s, sp.start(), sp.end(), name, null, lat, lon, "SY", "Idlib", "PPL", "locality", resolved,
        null, null, P);
  }

  private static List<Event> seedEvents() throws IOException {
    String text = seedText();
    Document d = new Document(DocumentIds.of(text), text, null, "madaresharghi", null, "https://madaresharghi.ir/en",
        LocalDate.of(2020, 2, 3), "option", List.of(), "seed", null);
    Annotation a = Annotators.full().annotate(new AnnotationRequest(text, LocalDate.of(2020, 2, 3)));
    List<Actor> actors = new ActorStage(ActorDictionary.load(SharedData.dataDir()))
        .actors(d, a, LocalDate.of(2020, 2, 3));
    List<TimeExpression> times = List.of(time(text, "on Sunday", "2020-02-02"), time(text, "on Friday", "2020-01-31"),
        time(text, "January 25", "2020-01-25"), time(text, "August 5 last year", "2019-08-05"),
        time(text, "October 17 2018", "2018-10-17"), time(text, "October 9", "2019-10-09"),
        time(text, "October 22", "2019-10-22"));
    List<Place> places = new ArrayList<>(List.of(
        place(text, "Kafr Lusin", "Idlib", 35.93, 36.63, false),
        place(text, "Abu al-Duhur", "Abu al-Duhur", 35.7373, 37.0526, true),
        place(text, "city of Saraqib", "Saraqib", "Saraqib", 35.8644, 36.8006, true)));
    places.sort((x, y) -> Integer.compare(x.start(), y.start()));
    Span quoteWords = find(text, "We will do what is necessary");
    Span quoteEnd = find(text, "returned to normal quickly");
    Span speech = find(text, "Erdogan said on Friday");
    Quote quote = new Quote(text.substring(quoteWords.start(), quoteEnd.end()), quoteWords.start(), quoteEnd.end(),
        "Erdogan", "Recep Tayyip Erdogan", null, Provenance.of("quotes", "speech-verb", speech));
    Span sohr = find(text, "The so-called Syrian Observatory");
    Span sohrEnd = find(text, "Presstv Reported.");
    SourceChain chain = new SourceChain(new Span(sohr.start(), sohrEnd.end()),
        List.of(new SourceLink("Syrian Observatory for Human Rights", "monitor", find(text, "Syrian Observatory")),
            new SourceLink("Press TV", "cited-outlet", find(text, "Presstv")),
            new SourceLink("madaresharghi", "outlet", null)), true);
    EventContext ctx = new EventContext(d, a, new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null),
        times, places, actors, List.of(quote), List.of(chain), List.of());
    return new EventStage(extractor).apply(org.observatory.pipeline.AnalysisState.of(d)
        .with(org.observatory.pipeline.Slot.ANNOTATION, a)
        .with(org.observatory.pipeline.Slot.PUBLISHED, ctx.published())
        .with(org.observatory.pipeline.Slot.TIMES, times).with(org.observatory.pipeline.Slot.PLACES, places)
        .with(org.observatory.pipeline.Slot.ACTORS, actors)
        .with(org.observatory.pipeline.Slot.QUOTES, List.of(quote))
        .with(org.observatory.pipeline.Slot.SOURCES, List.of(chain))
        .with(org.observatory.pipeline.Slot.AGREEMENTS, List.of())).get(org.observatory.pipeline.Slot.EVENTS);
  }

  @Test
  void seedReportGivesTheAcceptanceEvents() throws IOException {
    List<Event> events = seedEvents();
    events.forEach(e -> System.out.println(e.id() + " " + e.type() + " " + e.trigger().text() + " "
        + e.modality() + " " + e.date().value() + " " + e.actors()));

    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("MOBILIZE");
      assertThat(e.date().value()).isEqualTo("2020-02-02");
      assertThat(e.modality()).isEqualTo("reported");
      assertThat(e.location().name()).isEqualTo("Idlib");
      assertThat(e.attribution()).extracting(SourceLink::name).contains("Syrian Observatory for Human Rights",
          "Press TV");
      assertThat(e.actors()).anySatisfy(a -> assertThat(a.canonical()).containsIgnoringCase("Turkey"));
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.acled()).isNotNull();
      assertThat(e.acled().subEventType()).isEqualTo("Headquarters or base established");
      assertThat(GreatCircle.distanceKm(e.location().lat(), e.location().lon(), 35.8644, 36.8006)).isLessThan(25);
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("THREATEN");
      assertThat(e.modality()).isEqualTo("conditional");
      assertThat(e.date().value()).isEqualTo("2020-01-31");
      assertThat(e.quote()).isEqualTo(0);
      assertThat(e.actors()).anySatisfy(a -> assertThat(a.text()).contains("Erdogan"));
    });
    assertThat(events).extracting(e -> e.date().value())
        .contains("2020-01-25", "2019-08-05", "2019-10-09", "2019-10-22");
  }

  @Test
  void seedEventsAreInTextOrderWithStableIdsAndNeverPostdateThePublicationUnlessPlanned() throws IOException {
    List<Event> events = seedEvents();
    assertThat(events).isNotEmpty();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      assertThat(e.id()).endsWith("/e" + (i + 1));
      assertThat(e.evidence()).isNotNull();
      assertThat(e.evidence().contains(new Span(e.trigger().start(), e.trigger().end()))).isTrue();
      if (e.date().value() != null && !List.of("planned", "conditional", "obligation").contains(e.modality())) {
        assertThat(e.date().value().compareTo("2020-02-03")).isLessThanOrEqualTo(0);
      }
    }
    assertThat(seedEvents()).extracting(Event::id).isEqualTo(events.stream().map(Event::id).toList());
  }
}
