package org.observatory.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.observatory.record.EventActor;

/**
 * ACLED separates territory taken by a government ("Government regains territory") from territory taken by a
 * non-state group ("Non-state actor overtakes territory") by who takes it, not by the verb: the source actor's
 * sector, or failing that the words of its mention, decide. Stateless.
 */
final class Territory {

  static final String GOV = "GOV_REGAINS_TERIT";
  static final String NON_STATE = "NON_STATE_ACTOR_OVERTAKES_TER";

  private static final Set<String> STATE_SECTORS = Set.of("government", "military", "police");
  private static final Set<String> NON_STATE_SECTORS = Set.of("rebel", "militia", "insurgent");
  private static final Set<String> STATE_WORDS = Set.of("army", "government", "regime", "troops", "soldiers",
      "military", "police", "security", "forces", "force", "saa", "pro-government", "loyalist", "state");
  private static final Set<String> NON_STATE_WORDS = Set.of("militants", "rebels", "insurgents", "fighters",
      "militia", "militias", "jihadists", "terrorists", "gunmen", "group", "islamist", "isis", "isil", "daesh",
      "taliban", "al-shabaab", "shabaab", "boko", "opposition", "separatists", "extremists", "militiamen");

  private Territory() {}

  /** The territory label for {@code label} given the event's actors; other labels pass through. */
  static String relabel(String label, List<EventActor> actors) {
    if (!GOV.equals(label) && !NON_STATE.equals(label)) {
      return label;
    }
    for (EventActor a : actors) {
      if (!a.role().equals("source")) {
        continue;
      }
      if (a.sector() != null) {
        if (STATE_SECTORS.contains(a.sector())) {
          return GOV;
        }
        if (NON_STATE_SECTORS.contains(a.sector())) {
          return NON_STATE;
        }
      }
      for (String w : a.text().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
        if (NON_STATE_WORDS.contains(w)) {
          return NON_STATE;
        }
      }
      for (String w : a.text().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
        if (STATE_WORDS.contains(w)) {
          return GOV;
        }
      }
    }
    return label;
  }
}
