package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.record.Event;
import org.observatory.record.EventActor;

/**
 * Resolves a definite description that no actor record covers ("the column") to the actor behind an earlier
 * event whose participant has the same head noun ("Turkey ... brought in a new column"): the later mention takes
 * that event's source as its canonical actor. Stateless.
 */
final class DefiniteReference {

  private DefiniteReference() {}

  static List<EventActor> resolve(Event e, List<Event> earlier) {
    List<EventActor> out = new ArrayList<>();
    for (EventActor a : e.actors()) {
      out.add(a.canonical() == null ? resolve(a, earlier) : a);
    }
    return out;
  }

  private static EventActor resolve(EventActor a, List<Event> earlier) {
    String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 2 || !(words[0].equals("the") || words[0].equals("this"))) {
      return a;
    }
    String head = words[words.length - 1];
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event prior = earlier.get(i);
      boolean mentions = prior.actors().stream().anyMatch(p -> !p.role().equals("source")
          && p.text().toLowerCase(Locale.ROOT).endsWith(head));
      if (!mentions) {
        continue;
      }
      for (EventActor s : prior.actors()) {
        if (s.role().equals("source") && s.canonical() != null) {
          return new EventActor(a.role(), a.text(), s.canonical(), s.country(), s.sector());
        }
      }
    }
    return a;
  }
}
