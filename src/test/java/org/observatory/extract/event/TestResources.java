package org.observatory.extract.event;

import java.util.List;

/** Event coding resources for unit tests: the built-in lexicons and small inline CAMEO tables (no shared data). */
final class TestResources {

  private TestResources() {}

  static final List<String> CAMEO2PLOVER = List.of(
      "04: CONSULT",
      "040: CONSULT, ,  # Consult",
      "042: CONSULT, visit,   # Make a visit",
      "13: THREATEN",
      "138: THREATEN, violence, military # Threaten with military force",
      "1384: THREATEN, violence ,   military # Threaten conventional attack",
      "19: ASSAULT",
      "190: ASSAULT, , military # Use conventional military force",
      "195: ASSAULT, heavy-weapons, military # Employ aerial weapons");

  static final List<String> CAMEO_VERBS = List.of(
      "&WEAPON_",
      "+ARTILLERY",
      "+MORTARS",
      "",
      "####### VERB PATTERNS #######",
      "---  CONFER   [040]  ---",
      "CONFER {CONFERS CONFERRED}",
      "PARLEY",
      "---  UNLEASH   [---]  ---",
      "UNLEASH",
      "- * &WEAPON_                                     [195]         # UNLEASH",
      "- * ATTACK                                       [190]         # UNLEASH");

  static EventOntology ontology() {
    return EventOntology.of(CAMEO2PLOVER);
  }

  static EventExtractor extractor() {
    return new EventExtractor(ontology(), TriggerLexicon.builtIn(), CameoVerbDictionary.of(CAMEO_VERBS),
        AcledRules.builtIn());
  }
}
