package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Actor;
import org.observatory.record.Event;
import org.observatory.record.Place;
import org.observatory.record.Published;

/**
 * Regression from the seed sentence "... Erdogan said Turkey may launch a military operation there if the ongoing
 * offensive ... continues", where the parser took "Turkey" for the object of "said" and the offensive was placed
 * in Turkey: a mention the actor stage took for an actor is no fallback location.
 */
class ActorIsNoLocationTest {

  private static final Provenance P = Provenance.of("test", "hand-built", null);

  @Test
  void aCountryTheActorStageTookForAnActorIsNotTheNearestLocation() {
    ParseBuilder b = new ParseBuilder()
        .toks("Idlib/NNP/Idlib/CITY", "residents/NNS/resident", "said/VBD/say", "Turkey/NNP/Turkey/COUNTRY",
            "will/MD/will", "attack/VB/attack")
        .dep("root", -1, 2).dep("compound", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 3).dep("aux", 5, 4)
        .dep("ccomp", 2, 5);
    Place idlib = place(b, 0, "Idlib", 35.93, 36.63, "locality");
    Place turkey = place(b, 3, "Turkey", 39.0, 35.0, "country");
    Span t = b.span(3);
    Actor turkeyActor = new Actor("Turkey", t.start(), t.end(), "Turkey", "TUR", "TUR", "government", null, P);
    EventContext ctx = new EventContext(b.document(), b.annotation(),
        new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null), List.of(),
        List.of(idlib, turkey), List.of(turkeyActor), List.of(), List.of(), List.of());

    List<Event> events = TestResources.extractor().extract(ctx);

    assertThat(events).anySatisfy(e -> {
      assertThat(e.trigger().text()).isEqualTo("attack");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().name()).isEqualTo("Idlib");
    });
  }

  private static Place place(ParseBuilder b, int token, String name, double lat, double lon, String precision) {
    Span s = b.span(token);
    return new Place(s.of(b.text()), s.start(), s.end(), name, 1L, lat, lon, "SY", null, "PPL", precision, true,
        null, null, P);
  }
}
