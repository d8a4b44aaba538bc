package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Published;

/**
 * From real reports ("The Britain-based group said the strikes hit Maadi district", "a monitoring group based in
 * the UK reported ..."): where a monitor or outlet is based is never where the event it reports happened.
 */
class OrganisationBaseIsNoLocationTest {

  private static final Provenance P = Provenance.of("test", "hand-built", null);

  @Test
  void aPlaceInsideAHyphenatedBasedModifierIsNotTheEventsLocation() {
    // The Britain-based group said strikes killed civilians
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "Britain/NNP/Britain/COUNTRY").glued("-based/JJ/based")
        .toks("group/NN/group", "said/VBD/say", "strikes/NNS/strike", "killed/VBD/kill", "civilians/NNS/civilian")
        .dep("root", -1, 4).dep("det", 3, 0).dep("amod", 3, 2).dep("compound", 2, 1).dep("nsubj", 4, 3)
        .dep("ccomp", 4, 6).dep("nsubj", 6, 5).dep("obj", 6, 7);
    Place britain = place(b, 1, "United Kingdom", 54.0, -2.0, "country");

    assertThat(killings(b, britain)).allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aPlaceBeforeAnUnhyphenatedBasedModifierIsNotTheEventsLocation() {
    // The London based monitor said strikes killed civilians
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "London/NNP/London/CITY", "based/VBN/base", "monitor/NN/monitor", "said/VBD/say",
            "strikes/NNS/strike", "killed/VBD/kill", "civilians/NNS/civilian")
        .dep("root", -1, 4).dep("det", 3, 0).dep("amod", 3, 2).dep("obl:npmod", 2, 1).dep("nsubj", 4, 3)
        .dep("ccomp", 4, 6).dep("nsubj", 6, 5).dep("obj", 6, 7);
    Place london = place(b, 1, "London", 51.5, -0.12, "locality");

    assertThat(killings(b, london)).allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aPlaceInABasedInPhraseOfAGroupIsNotTheEventsLocation() {
    // a group based in the UK said strikes killed civilians
    ParseBuilder b = new ParseBuilder()
        .toks("a/DT/a", "group/NN/group", "based/VBN/base", "in/IN/in", "the/DT/the", "UK/NNP/UK/COUNTRY",
            "said/VBD/say", "strikes/NNS/strike", "killed/VBD/kill", "civilians/NNS/civilian")
        .dep("root", -1, 6).dep("det", 1, 0).dep("acl", 1, 2).dep("obl:in", 2, 5).dep("case", 5, 3)
        .dep("det", 5, 4).dep("nsubj", 6, 1).dep("ccomp", 6, 8).dep("nsubj", 8, 7).dep("obj", 8, 9);
    Place uk = place(b, 5, "United Kingdom", 54.0, -2.0, "country");

    assertThat(killings(b, uk)).allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aPlaceAfterBasedInIsNotTheEventsLocationWhateverTheParse() {
    // a group based in the UK said strikes killed civilians, with "UK" misattached to "group"
    ParseBuilder b = new ParseBuilder()
        .toks("a/DT/a", "group/NN/group", "based/VBN/base", "in/IN/in", "the/DT/the", "UK/NNP/UK/COUNTRY",
            "said/VBD/say", "strikes/NNS/strike", "killed/VBD/kill", "civilians/NNS/civilian")
        .dep("root", -1, 6).dep("det", 1, 0).dep("dep", 1, 2).dep("nmod:in", 1, 5).dep("case", 5, 3)
        .dep("det", 5, 4).dep("nsubj", 6, 1).dep("ccomp", 6, 8).dep("nsubj", 8, 7).dep("obj", 8, 9);
    Place uk = place(b, 5, "United Kingdom", 54.0, -2.0, "country");

    assertThat(killings(b, uk)).allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aPlaceWhereTheStrikesHitIsStillTheEventsLocation() {
    // strikes killed civilians in Aleppo , the London based monitor said
    ParseBuilder b = new ParseBuilder()
        .toks("strikes/NNS/strike", "killed/VBD/kill", "civilians/NNS/civilian", "in/IN/in",
            "Aleppo/NNP/Aleppo/CITY", ",/,/,", "the/DT/the", "London/NNP/London/CITY", "based/VBN/base",
            "monitor/NN/monitor", "said/VBD/say")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("obl:in", 1, 4).dep("case", 4, 3)
        .dep("punct", 1, 5).dep("det", 9, 6).dep("amod", 9, 8).dep("obl:npmod", 8, 7).dep("nsubj", 10, 9)
        .dep("parataxis", 1, 10);
    Place aleppo = place(b, 4, "Aleppo", 36.2, 37.16, "locality");
    Place london = place(b, 7, "London", 51.5, -0.12, "locality");

    assertThat(killings(b, aleppo, london)).anySatisfy(e -> assertThat(e.location().name()).isEqualTo("Aleppo"));
  }

  private static List<Event> killings(ParseBuilder b, Place... places) {
    EventContext ctx = new EventContext(b.document(), b.annotation(),
        new Published("2016-08-27", "option", "2016-08-27", "2016-08-27", null), List.of(), List.of(places),
        List.of(), List.of(), List.of(), List.of());
    List<Event> events = TestResources.extractor().extract(ctx).stream()
        .filter(e -> e.trigger().text().equals("killed")).toList();
    assertThat(events).isNotEmpty();
    return events;
  }

  private static Place place(ParseBuilder b, int token, String name, double lat, double lon, String precision) {
    Span s = b.span(token);
    return new Place(s.of(b.text()), s.start(), s.end(), name, 1L, lat, lon, "GB", null, "PPL", precision, true,
        null, null, P);
  }
}
