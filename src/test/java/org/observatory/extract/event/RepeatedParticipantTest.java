package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.EventActor;

/** Regression: the seed's headline "Turkey dispatches large military convoy" listed Turkey twice. */
class RepeatedParticipantTest {

  private static EventActor actor(String role, String text, String canonical, String country, String sector) {
    return new EventActor(role, text, canonical, country, sector);
  }

  @Test
  void aMovedUnitOfTheSourceItselfIsNoSecondParty() {
    List<EventActor> actors = List.of(
        actor("source", "Turkey", "Turkey", "TUR", "military"),
        actor("participant", "military convoy", "Turkey", "TUR", "military"));
    assertThat(ArgumentFinder.withoutRepeatedParticipants(actors)).extracting(EventActor::role)
        .containsExactly("source");
  }

  @Test
  void aParticipantOfAnotherActorOrSectorStays() {
    List<EventActor> actors = List.of(
        actor("source", "Turkey", "Turkey", "TUR", "government"),
        actor("participant", "Turkish troops", "Turkey", "TUR", "military"),
        actor("participant", "Syrian rebels", "Syrian rebels", "SYR", "rebel"));
    assertThat(ArgumentFinder.withoutRepeatedParticipants(actors)).hasSize(3);
  }

  @Test
  void targetsAreNeverDropped() {
    List<EventActor> actors = List.of(
        actor("source", "Russia", "Russia", "RUS", "military"),
        actor("target", "Russian deserters", "Russia", "RUS", "military"));
    assertThat(ArgumentFinder.withoutRepeatedParticipants(actors)).hasSize(2);
  }
}
