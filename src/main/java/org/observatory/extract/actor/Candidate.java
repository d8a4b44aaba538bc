package org.observatory.extract.actor;

/**
 * A raw actor-like match in one sentence, before composition.
 *
 * @param from first word index (inclusive)
 * @param to last word index (exclusive)
 * @param named the dictionary name matched, else null
 * @param agent the agent noun matched, else null
 * @param ner the NER type when the candidate comes only from NER (PERSON, ORGANIZATION), else null
 */
record Candidate(int from, int to, ActorDictionary.Named named, AgentEntry agent, String ner) {

  boolean isNamed() {
    return named != null;
  }

  boolean isAgent() {
    return agent != null;
  }

  EntryKind kind() {
    return named == null ? null : named.entry().kind();
  }

  boolean isState() {
    return kind() == EntryKind.STATE || kind() == EntryKind.CAPITAL;
  }

  boolean isPerson() {
    return kind() == EntryKind.PERSON || "PERSON".equals(ner);
  }

  Candidate withTo(int newTo) {
    return new Candidate(from, newTo, named, agent, ner);
  }
}
