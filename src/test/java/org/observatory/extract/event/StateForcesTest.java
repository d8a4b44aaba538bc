package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.EventActor;

/**
 * Regression: the seed's headline "Turkey dispatches large military convoy to Syria's Idlib province" listed
 * "source Turkey (TUR military); participant Turkey (TUR military)": the source became military after the
 * repeated participant had been checked against it as government.
 */
class StateForcesTest {

  private static final Candidate DISPATCH =
      new Candidate(1, -1, PloverType.MOBILIZE, "troops", null, "lexicon:dispatch", false, false);

  @Test
  void aStateSendingTroopsActsAsItsMilitaryAndItsOwnConvoyIsNoSecondParty() {
    List<EventActor> actors = List.of(
        new EventActor("source", "Turkey", "Turkey", "TUR", "government"),
        new EventActor("participant", "military convoy", "Turkey", "TUR", "military"));
    assertThat(StateForces.apply(DISPATCH, actors))
        .containsExactly(new EventActor("source", "Turkey", "Turkey", "TUR", "military"));
  }

  @Test
  void anotherStatesTroopsStayAParticipant() {
    List<EventActor> actors = List.of(
        new EventActor("source", "Turkey", "Turkey", "TUR", "government"),
        new EventActor("participant", "Syrian troops", "Syria", "SYR", "military"));
    assertThat(StateForces.apply(DISPATCH, actors)).hasSize(2);
  }

  @Test
  void eventsOtherThanTroopMovementsKeepTheirSectors() {
    Candidate talks = new Candidate(1, -1, PloverType.CONSULT, null, null, "lexicon:meet", false, false);
    List<EventActor> actors = List.of(new EventActor("source", "Turkey", "Turkey", "TUR", "government"));
    assertThat(StateForces.apply(talks, actors)).isEqualTo(actors);
  }
}
