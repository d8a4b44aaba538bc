package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.observatory.record.Event;
import org.observatory.record.EventActor;

/**
 * The party a restated threat is aimed at. A conditional threat's target is the actor whose act the condition
 * names; when the condition names a state of affairs instead ("if the situation ... is not returned to normal"),
 * the threat has no party of its own in the sentence, and a speaker restating a threat made earlier in the same
 * document (same canonical source) aims it at that earlier threat's target. Stateless.
 */
final class ThreatTargets {

  private ThreatTargets() {}

  /**
   * The actors of {@code e}, with the targets of the nearest earlier THREATEN event by the same canonical source
   * added when {@code e} is a THREATEN event without a target; otherwise {@code actors} unchanged.
   */
  static List<EventActor> inherit(Event e, List<EventActor> actors, List<Event> earlier) {
    if (!PloverType.THREATEN.name().equals(e.type())
        || actors.stream().anyMatch(a -> a.role().equals("target"))) {
      return actors;
    }
    List<String> speakers = actors.stream().filter(a -> a.role().equals("source"))
        .map(EventActor::canonical).filter(Objects::nonNull).toList();
    if (speakers.isEmpty()) {
      return actors;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event prior = earlier.get(i);
      boolean sameSpeaker = PloverType.THREATEN.name().equals(prior.type()) && prior.actors().stream()
          .anyMatch(a -> a.role().equals("source") && speakers.contains(a.canonical()));
      List<EventActor> targets = prior.actors().stream().filter(a -> a.role().equals("target")).toList();
      if (sameSpeaker && !targets.isEmpty()) {
        List<EventActor> out = new ArrayList<>(actors);
        out.addAll(targets);
        return List.copyOf(out);
      }
    }
    return actors;
  }
}
