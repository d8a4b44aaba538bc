package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Breaking an agreement is a REJECT (PLOVER: reject = refuse or violate an agreement or demand), whether said
 * directly ("violated the truce", "breached the accord") or as a failure to comply ("failed to honor a ceasefire",
 * "refused to abide by the deal"). The failure is then not a negation: the event
 * happened, and its modality is that of the failing verb. Failing at anything else stays a negated event ("failed
 * to reach an agreement" is a negated AGREE). The agreement noun itself is the violated object, not a second
 * event. Stateless.
 */
final class Violation {

  static final String RULE = "pattern:violation";

  /** Nouns for an agreement, a promise or a demand one can keep or break. */
  private static final Set<String> AGREEMENT_NOUNS = Set.of("agreement", "ceasefire", "cease-fire", "truce",
      "deal", "accord", "accords", "memorandum", "treaty", "pact", "armistice", "commitment", "obligation",
      "pledge", "promise", "resolution", "protocol", "understanding", "arrangement", "settlement", "terms",
      "condition", "deadline", "roadmap", "hudna");
  /** Verbs of keeping an agreement; failing or refusing to do them breaks it. */
  private static final Set<String> COMPLIANCE = Set.of("honor", "honour", "respect", "abide", "comply",
      "observe", "uphold", "adhere", "keep", "fulfil", "fulfill", "implement", "follow", "meet", "stick");
  /** Verbs of breaking an agreement outright. */
  private static final Set<String> BREACH = Set.of("violate", "breach", "break", "flout", "renege", "defy",
      "contravene", "disregard", "ignore", "abandon", "scrap", "tear");
  private static final Set<String> FAILING = Set.of("fail", "refuse", "decline", "neglect");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

  private Violation() {}

  /** The agreement noun {@code verb} keeps or breaks: its object or its with/by/to/on oblique; empty otherwise. */
  static Optional<Integer> agreementObject(DepGraph g, int verb) {
    List<Integer> objs = new ArrayList<>(g.children(verb, "obj", "nsubj:pass"));
    objs.addAll(g.children(verb, "obl:with", "obl:by", "obl:to", "obl:on"));
    return objs.stream().filter(o -> AGREEMENT_NOUNS.contains(g.lemma(o))).findFirst();
  }

  /**
   * For a verb that breaks an agreement, the verb whose modality the event takes: the failing verb above a
   * compliance verb ("failed" in "failed to honor"), or the breaking verb itself ("violated"); empty when
   * {@code verb} breaks no agreement.
   */
  static Optional<Integer> modalityAnchor(DepGraph g, int verb) {
    if (!g.token(verb).isVerb() || agreementObject(g, verb).isEmpty()) {
      return Optional.empty();
    }
    String lemma = g.lemma(verb);
    if (BREACH.contains(lemma) && !negated(g, verb)) {
      return Optional.of(verb);
    }
    if (!COMPLIANCE.contains(lemma)) {
      return Optional.empty();
    }
    return g.head(verb)
        .filter(d -> DepGraph.matches(d.relation(), "xcomp") && FAILING.contains(g.lemma(d.governor())))
        .map(d -> d.governor());
  }

  private static boolean negated(DepGraph g, int verb) {
    return g.children(verb, "advmod", "neg").stream().anyMatch(n -> NEGATORS.contains(g.lemma(n)));
  }

  /**
   * The candidates with violations recoded: a verb that breaks an agreement becomes a REJECT (added when no
   * lexicon or CAMEO entry found it); the failing verb above it ("failed to honor") and an event noun that is the
   * broken agreement are part of that one event and dropped.
   */
  static List<Candidate> recode(DepGraph g, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>();
    List<Integer> verbs = new ArrayList<>();
    List<Integer> broken = new ArrayList<>();
    List<Integer> failing = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Optional<Integer> anchor = modalityAnchor(g, i);
      if (anchor.isPresent()) {
        verbs.add(i);
        broken.add(agreementObject(g, i).orElseThrow());
        failing.add(anchor.get());
      }
    }
    for (Candidate c : candidates) {
      boolean part = verbs.contains(c.token()) || (c.nominal() && broken.contains(c.token()))
          || (!c.nominal() && failing.contains(c.token()));
      if (part) {
        continue;
      }
      out.add(c);
    }
    for (int v : verbs) {
      out.add(new Candidate(v, -1, PloverType.REJECT, null, null, RULE, false, false));
    }
    out.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return out;
  }
}
