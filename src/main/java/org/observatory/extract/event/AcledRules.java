package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses an ACLED sub-event type for an event from the words of its sentence ({@code acled-rules.tsv}): ordered
 * rules, each with the PLOVER types it applies to, cue words (any must occur) and context words (any must occur,
 * or none required). Immutable and thread-safe.
 */
public final class AcledRules {

  /**
   * One rule.
   *
   * @param label ACLED label chosen
   * @param types PLOVER types it applies to
   * @param cues lemma phrases (one or two lemmas), any of which must occur; empty = always
   * @param context lemma phrases any of which must also occur; empty = no condition
   * @param exclude lemma phrases none of which may occur (written {@code !word} in the context column)
   */
  public record Rule(String label, Set<PloverType> types, List<List<String>> cues, List<List<String>> context,
      List<List<String>> exclude) {}

  private final List<Rule> rules;

  private AcledRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static AcledRules builtIn() {
    List<Rule> rules = new ArrayList<>();
    for (String[] r : Tsv.resource("acled-rules.tsv")) {
      Set<PloverType> types = EnumSet.noneOf(PloverType.class);
      for (String t : r[1].split(",")) {
        types.add(EventOntology.type(t));
      }
      rules.add(new Rule(r[0], types, phrases(r[2]), phrases(required(r[3], false)),
          phrases(required(r[3], true))));
    }
    return new AcledRules(rules);
  }

  /** The context cell's required ({@code negated = false}) or excluded ({@code !word}) phrases, comma-joined. */
  private static String required(String cell, boolean negated) {
    if (Tsv.opt(cell) == null || cell.equals("*")) {
      return cell;
    }
    List<String> out = new ArrayList<>();
    for (String p : cell.split(",")) {
      String t = p.trim();
      if (t.startsWith("!") == negated) {
        out.add(negated ? t.substring(1) : t);
      }
    }
    return out.isEmpty() ? "-" : String.join(",", out);
  }

  private static List<List<String>> phrases(String cell) {
    if (Tsv.opt(cell) == null || cell.equals("*")) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>();
    for (String p : cell.split(",")) {
      out.add(List.of(p.trim().toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return out;
  }

  /**
   * The label of the first rule that applies to {@code type} and whose cues and context occur in {@code lemmas}
   * (the sentence's lower-cased lemmas, in order); the rule is returned for provenance.
   */
  public Optional<Rule> choose(PloverType type, List<String> lemmas) {
    for (Rule r : rules) {
      if (r.types().contains(type) && anyOccurs(r.cues(), lemmas) && anyOccurs(r.context(), lemmas)
          && (r.exclude().isEmpty() || !anyOccurs(r.exclude(), lemmas))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Remote-violence labels: the weapon names the event (ACLED "Explosions/Remote violence"). */
  private static final Set<String> WEAPON_LABELS = Set.of("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE",
      "SUIC_BOMB", "CHEM_WEAP");

  /**
   * True for the destruction label a verb of destroying fixes ({@code destroy, burn, torch, ...}): ACLED codes
   * destruction done with a remote weapon (an air strike that destroyed a depot) by the weapon, so a weapon rule
   * may replace it.
   */
  public boolean isDestruction(String label) {
    return "PROPERTY_DISTRUCT".equals(label);
  }

  /** True when {@code rule} codes a weapon (air strike, shelling, explosive, grenade, suicide bomb, chemical). */
  public boolean isWeapon(Rule rule) {
    return WEAPON_LABELS.contains(rule.label());
  }

  static boolean anyOccurs(List<List<String>> phrases, List<String> lemmas) {
    if (phrases.isEmpty()) {
      return true;
    }
    for (List<String> p : phrases) {
      for (int i = 0; i + p.size() <= lemmas.size(); i++) {
        if (lemmas.subList(i, i + p.size()).equals(p)) {
          return true;
        }
      }
    }
    return false;
  }
}
