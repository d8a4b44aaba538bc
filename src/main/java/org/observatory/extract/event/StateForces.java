package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.observatory.record.EventActor;

/**
 * A state moves troops through its armed forces: the source of a MOBILIZE (troops) event that is a state actor
 * coded as government ("Turkey dispatched a convoy") acts as its military. A participant that thereby becomes the
 * same actor as the source (the convoy is Turkey's military) is dropped, as {@link
 * ArgumentFinder#withoutRepeatedParticipants} does before the source changes sector. Stateless.
 */
final class StateForces {

  private StateForces() {}

  static List<EventActor> apply(Candidate c, List<EventActor> actors) {
    if (c.type() != PloverType.MOBILIZE || !"troops".equals(c.mode())) {
      return actors;
    }
    List<EventActor> out = new ArrayList<>();
    for (EventActor a : actors) {
      boolean state = a.country() != null && "government".equals(a.sector()) && a.role().equals("source");
      out.add(state ? new EventActor(a.role(), a.text(), a.canonical(), a.country(), "military") : a);
    }
    return ArgumentFinder.withoutRepeatedParticipants(out);
  }
}
