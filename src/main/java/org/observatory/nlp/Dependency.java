package org.observatory.nlp;

/**
 * One basic-or-enhanced Universal Dependencies edge inside a sentence.
 *
 * @param relation relation name with its subtype, e.g. {@code "nsubj"}, {@code "obl:through"}
 * @param governor 0-based token index of the head, {@code -1} for the root edge
 * @param dependent 0-based token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {

  public boolean isRoot() {
    return governor < 0;
  }

  /** The relation without its subtype: {@code "obl"} for {@code "obl:through"}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
