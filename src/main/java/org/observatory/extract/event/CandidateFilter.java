package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops trigger candidates that do not report an event of their own. Stateless.
 *
 * <ul>
 *   <li>The act a threat states: "Erdogan said Turkey may launch a military operation if ..." is one THREATEN (the
 *       speech verb); the operation it names is its content, not a second event.</li>
 *   <li>A participle that identifies a group by where it is: "those positioned in the zone", "those stationed
 *       there" describe the referent of a pronoun, they do not report a deployment.</li>
 *   <li>A light verb with an expletive or anaphoric "it" subject and no object ("It came after ...", "It happened
 *       as ..."): the clause relates events, it is not one.</li>
 * </ul>
 */
final class CandidateFilter {

  private static final Set<String> PRONOUN_POS = Set.of("DT", "PRP", "WP");
  private static final Set<String> LIGHT = Set.of("come", "happen", "occur", "follow", "go", "take");

  private CandidateFilter() {}

  static List<Candidate> filter(DepGraph g, List<Candidate> candidates) {
    Set<Integer> stated = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.threat()) {
        stated.addAll(TriggerFinder.statementClauses(g, c.token()));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      int anchor = c.nominal() ? ArgumentFinder.governingVerb(g, c).orElse(c.token()) : c.token();
      boolean statedAct = !c.threat() && stated.contains(anchor);
      if (!statedAct && !isIdentifyingParticiple(g, c) && !isExpletiveLightVerb(g, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** "those positioned in ...": a past participle modifying a demonstrative or personal pronoun. */
  static boolean isIdentifyingParticiple(DepGraph g, Candidate c) {
    int t = c.token();
    return !c.nominal() && g.token(t).pos().equals("VBN")
        && g.head(t).filter(d -> d.relation().equals("acl")
            && PRONOUN_POS.contains(g.token(d.governor()).pos())).isPresent();
  }

  /** "It came after ...": a light verb whose subject is "it" and which has no object. */
  static boolean isExpletiveLightVerb(DepGraph g, Candidate c) {
    int t = c.token();
    boolean itSubject = g.children(t, "nsubj").stream().anyMatch(s -> g.lemma(s).equals("it"));
    return !c.nominal() && LIGHT.contains(g.lemma(t)) && itSubject && g.children(t, "obj").isEmpty();
  }
}
