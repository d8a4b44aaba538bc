package org.observatory.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.observatory.core.English;
import org.observatory.record.EventActor;

/**
 * ACLED distinctions that turn on who acts on whom rather than on the words of the sentence alone (ACLED codebook):
 *
 * <ul>
 *   <li>violence by a mob, a crowd, vigilantes, villagers or residents outside any demonstration is <i>Mob
 *       violence</i>;
 *   <li>force used by demonstrators is a <i>Violent demonstration</i>; force used against demonstrators is
 *       <i>Excessive force against protesters</i> when it kills or injures, <i>Protest with intervention</i> when it
 *       is crowd control (tear gas, water cannon, dispersal, arrests);
 *   <li>violence against civilians is an <i>Attack</i>, violence against armed actors an <i>Armed clash</i>,
 *       decided by the event's target when the target says which.
 * </ul>
 *
 * <p>The words are matched on the event's actor mentions (source, target) and on the sentence's lower-cased
 * lemmas. Stateless and thread-safe.
 */
final class AcledRoles {

  /**
   * A refined label.
   *
   * @param label the ACLED label (possibly unchanged, possibly null)
   * @param rule provenance of the refinement, or null when nothing changed
   */
  record Decision(String label, String rule) {}

  static final String MOB = "MOB_VIOL";
  static final String VIOLENT_DEMO = "VIOL_DEMONSTR";
  static final String FORCE = "FORCE_AGAINST_PROTEST";
  static final String INTERVENTION = "PROTEST_WITH_INTER";
  static final String ATTACK = "ATTACK";
  static final String CLASH = "ARMED_CLASH";

  /** Words that make the sentence about a demonstration (lemmas). */
  static final Set<String> PROTEST_CONTEXT = Set.of("protest", "protester", "protestor", "demonstrator",
      "demonstration", "demonstrate", "rally", "march", "marcher", "sit-in", "riot", "rioter", "agitation",
      "agitator");
  /** Mentions of demonstrators. */
  private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "marcher",
      "rioter", "agitator");
  /** Targets that are demonstrators or their demonstration ("suppressed the protest", "dispersed the rally"). */
  private static final Set<String> PROTEST_TARGETS = Set.of("protester", "protestor", "demonstrator", "marcher",
      "protest", "demonstration", "rally", "march", "sit-in", "gathering", "crowd");
  /** Perpetrators that are no organised armed group: a crowd. */
  private static final Set<String> CROWD = Set.of("mob", "crowd", "vigilante", "villager", "resident", "youth",
      "lyncher", "onlooker", "bystander", "passer-by", "passersby", "neighbour", "neighbor");
  /** Words of crowd justice in the sentence. */
  private static final List<List<String>> MOB_CUES = phrases("mob", "lynch", "lynching", "vigilante",
      "jungle justice", "mob justice", "street justice");
  /** Armed actors, their units and installations. */
  private static final Set<String> ARMED = Set.of("soldier", "troop", "army", "force", "police", "policeman",
      "policemen", "security", "military", "militant", "rebel", "insurgent", "fighter", "militia", "militiaman",
      "militiamen", "jihadist", "gunman", "gunmen", "terrorist", "base", "position", "post", "checkpoint",
      "convoy", "patrol", "barrack", "outpost", "garrison", "unit", "brigade", "battalion", "guard", "personnel",
      "peacekeeper", "tank", "commander", "officer", "cop", "gendarme", "paramilitary", "headquarters");
  /** Civilians and civilian places. */
  private static final Set<String> CIVILIAN = Set.of("civilian", "villager", "resident", "person", "people",
      "community", "village", "church", "mosque", "school", "market", "marketplace", "hospital", "clinic",
      "worshipper", "worshiper", "passenger", "tourist", "congregation", "wedding", "funeral", "woman", "women",
      "child", "children", "girl", "boy", "man", "men", "worker", "journalist", "student", "farmer", "teacher",
      "doctor", "nurse", "patient", "shepherd", "family", "home", "house", "pilgrim", "trader", "shopkeeper",
      "activist", "refugee", "motorist", "driver", "bus", "car", "vehicle", "household", "herder", "fisherman",
      "fishermen", "official", "politician", "candidate", "priest", "imam", "cleric", "teenager", "infant",
      "baby", "pupil", "traveller", "traveler", "customer", "shop", "store");
  /** Force that kills or injures (Excessive force against protesters). */
  private static final List<List<String>> LETHAL = phrases("kill", "killing", "dead", "death", "die",
      "live ammunition", "live round", "live fire", "shoot dead", "shot dead", "bullet wound", "beat", "beating",
      "injure", "injury", "wound", "brutally", "brutal", "violently", "excessive force", "massacre", "fatally",
      "lethal", "bloody");
  /** Crowd-control munitions: firing them at a crowd is intervention, not excessive force. */
  private static final List<List<String>> CROWD_CONTROL = phrases("tear gas", "teargas", "water cannon",
      "rubber bullet", "pepper spray", "pepper-spray", "stun grenade", "sound bomb", "plastic bullet");
  /** Property as a target (vehicles are left out: a shooting at a car targets the people in it). */
  private static final Set<String> PROPERTY = Set.of("property", "properties", "building", "shop", "store",
      "house", "home", "office", "infrastructure", "establishment", "business", "warehouse", "factory", "plant",
      "pipeline", "tower", "bridge", "railway", "facility", "premise", "premises", "kiosk", "stall", "statue",
      "monument");
  private static final List<List<String>> CASUALTIES = phrases("kill", "killing", "dead", "death", "die", "wound",
      "injure", "injury", "casualty", "victim", "hurt", "body", "hostage");
  /** Labels a crowd perpetrator may replace. */
  private static final Set<String> MOB_REPLACES = Set.of(ATTACK, CLASH, "PROPERTY_DISTRUCT", VIOLENT_DEMO);
  /** Labels the role of demonstrators may replace. */
  private static final Set<String> PROTEST_REPLACES = Set.of(ATTACK, CLASH, "PROPERTY_DISTRUCT", MOB, FORCE,
      INTERVENTION, "ARREST");

  private AcledRoles() {}

  /**
   * The label after the role refinements.
   *
   * @param label the label chosen so far (lexicon or word rules), or null
   * @param fromLexicon true when the trigger's lexicon entry fixed {@code label}
   * @param type the event's PLOVER type
   * @param actors the event's arguments (roles source, target, participant)
   * @param lemmas the sentence's lower-cased lemmas
   */
  static Decision refine(String label, boolean fromLexicon, PloverType type, List<EventActor> actors,
      List<String> lemmas) {
    boolean violent = type == PloverType.ASSAULT || type == PloverType.COERCE;
    if (!violent) {
      return new Decision(label, null);
    }
    boolean demo = lemmas.stream().anyMatch(PROTEST_CONTEXT::contains);
    if (!demo && (label == null || MOB_REPLACES.contains(label)) && isMob(label, actors, lemmas)) {
      return new Decision(MOB, "acled-role:crowd");
    }
    if (demo && (label == null || PROTEST_REPLACES.contains(label))) {
      if (has(actors, "source", PROTESTERS) && (type == PloverType.ASSAULT || "PROPERTY_DISTRUCT".equals(label))) {
        return new Decision(VIOLENT_DEMO, "acled-role:protesters-act");
      }
      if (has(actors, "target", PROTEST_TARGETS)) {
        return new Decision(againstProtesters(type, lemmas), "acled-role:protesters-targeted");
      }
    }
    if (!fromLexicon && type == PloverType.ASSAULT && (ATTACK.equals(label) || CLASH.equals(label))) {
      if (isAgainstProperty(actors, lemmas)) {
        return new Decision("PROPERTY_DISTRUCT", "acled-role:property-target");
      }
      boolean armed = has(actors, "target", ARMED);
      boolean civilian = has(actors, "target", CIVILIAN);
      if (armed && !civilian) {
        return new Decision(CLASH, CLASH.equals(label) ? null : "acled-role:armed-target");
      }
      if (civilian && !armed) {
        return new Decision(ATTACK, ATTACK.equals(label) ? null : "acled-role:civilian-target");
      }
    }
    return new Decision(label, null);
  }

  /**
   * Force against demonstrators: lethal or injurious force, or physical violence other than crowd-control
   * munitions, is excessive; crowd-control munitions, dispersal and arrests are intervention.
   */
  static String againstProtesters(PloverType type, List<String> lemmas) {
    if (AcledRules.anyOccurs(LETHAL, lemmas)) {
      return FORCE;
    }
    if (type == PloverType.ASSAULT && !AcledRules.anyOccurs(CROWD_CONTROL, lemmas)) {
      return FORCE;
    }
    return INTERVENTION;
  }

  /**
   * Violence against property with no one hurt is <i>Looting/property destruction</i> (ACLED), not an attack:
   * the target is a building, vehicle or other property and the sentence names no casualty.
   */
  static boolean isAgainstProperty(List<EventActor> actors, List<String> lemmas) {
    return has(actors, "target", PROPERTY) && !has(actors, "target", ARMED)
        && !AcledRules.anyOccurs(CASUALTIES, lemmas);
  }

  /**
   * A crowd acts, or the sentence speaks of mob justice, no armed actor is the perpetrator and the event is no
   * destruction of property (a mob word elsewhere in the sentence does not make arson mob violence).
   */
  private static boolean isMob(String label, List<EventActor> actors, List<String> lemmas) {
    if (has(actors, "source", CROWD)) {
      return true;
    }
    return !"PROPERTY_DISTRUCT".equals(label) && AcledRules.anyOccurs(MOB_CUES, lemmas)
        && !has(actors, "source", ARMED);
  }

  /** True when an actor of {@code role} has a word (or its singular) in {@code words}. */
  static boolean has(List<EventActor> actors, String role, Set<String> words) {
    for (EventActor a : actors) {
      if (!a.role().equals(role)) {
        continue;
      }
      for (String w : a.text().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
        if (words.contains(w) || words.contains(English.singular(w))) {
          return true;
        }
      }
    }
    return false;
  }


  private static List<List<String>> phrases(String... ps) {
    return java.util.Arrays.stream(ps).map(p -> List.of(p.split(" "))).toList();
  }
}
