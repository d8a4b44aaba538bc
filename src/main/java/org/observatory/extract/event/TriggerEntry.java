package org.observatory.extract.event;

import java.util.Set;

/**
 * One entry of the trigger lexicon.
 *
 * @param lemma lemma, {@code verb_particle} for phrasal verbs ("bring_in")
 * @param verb applies to verbs
 * @param noun applies to nouns
 * @param objects object lemmas that select this reading; empty for any
 * @param kind a PLOVER type name, or LIGHT (light verb), SAY (speech or report verb) or NONE (a reading that is
 *     no event, e.g. "return to normal", "requesting anonymity")
 * @param mode PLOVER mode, or null
 * @param acled ACLED label fixed by the entry, or null (then {@link AcledRules} decide)
 */
public record TriggerEntry(String lemma, boolean verb, boolean noun, Set<String> objects, String kind, String mode,
    String acled) {

  public TriggerEntry {
    objects = Set.copyOf(objects);
  }

  public boolean isLight() {
    return kind.equals("LIGHT");
  }

  public boolean isSay() {
    return kind.equals("SAY");
  }

  public boolean isNone() {
    return kind.equals("NONE");
  }

  /** The PLOVER type, or null for LIGHT, SAY and NONE entries. */
  public PloverType type() {
    return isLight() || isSay() || isNone() ? null : EventOntology.type(kind);
  }

  /** The rule name used in provenance: {@code lexicon:<lemma>[+objects]}. */
  public String rule() {
    return "lexicon:" + lemma + (objects.isEmpty() ? "" : "+obj");
  }
}
