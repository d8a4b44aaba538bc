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

  static final String NON_VIOLENT = "NON_VIOL_TERRIT_TRANSFER";

  /** Words saying the other side left or gave up the place (ACLED: territory acquired without fighting). */
  private static final List<List<String>> UNCONTESTED = phrases("withdraw", "withdrawal", "pull out", "pull back",
      "hand over", "handover", "without resistance", "without a fight", "without fighting", "unopposed",
      "without a shot", "abandon", "evacuate");
  /** Words of fighting around the take-over, which make it a battle after all. */
  private static final List<List<String>> CONTESTED = phrases("clash", "fighting", "battle", "bombardment",
      "shelling", "airstrike", "air strike", "offensive", "assault", "attack", "fierce", "heavy", "kill");

  private Territory() {}

  private static List<List<String>> phrases(String... ps) {
    return java.util.Arrays.stream(ps).map(p -> List.of(p.split(" "))).toList();
  }

  /**
   * True when a territory label ({@link #GOV} or {@link #NON_STATE}) should be the non-violent transfer instead:
   * the sentence (lower-cased lemmas) says the other side withdrew or handed the place over, and names no
   * fighting.
   */
  static boolean isUncontested(String label, List<String> lemmas) {
    return (GOV.equals(label) || NON_STATE.equals(label)) && AcledRules.anyOccurs(UNCONTESTED, lemmas)
        && !AcledRules.anyOccurs(CONTESTED, lemmas);
  }

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
