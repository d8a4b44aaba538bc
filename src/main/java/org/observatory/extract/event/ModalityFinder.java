package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.record.SourceChain;

/**
 * Reads an event's modality from the words that govern its trigger. The first that applies, in this order:
 * negated ("did not", "failed to"), conditional ("may ... if", the if-clause itself, the act a threat names),
 * obligation ("were supposed to", "had to", "must"), planned ("will", "agreed to", "due to"), reported (under
 * "reported that", "said", "reportedly", or a source chain marked reported), else asserted. Stateless.
 */
final class ModalityFinder {

  static final String ASSERTED = "asserted";
  static final String REPORTED = "reported";
  static final String CONDITIONAL = "conditional";
  static final String NEGATED = "negated";
  static final String PLANNED = "planned";
  static final String OBLIGATION = "obligation";

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> NEGATING_VERBS = Set.of("fail", "refuse", "decline", "deny", "avoid", "stop");
  private static final Set<String> POSSIBILITY = Set.of("may", "might", "could");
  private static final Set<String> OBLIGING = Set.of("suppose", "have", "need", "oblige", "require", "obligate",
      "force", "compel");
  private static final Set<String> OBLIGING_AUX = Set.of("must", "should", "ought");
  private static final Set<String> PLANNING = Set.of("agree", "plan", "intend", "pledge", "promise",
      "vow", "prepare", "aim", "expect", "want", "hope", "schedule", "set", "due", "go", "seek", "offer", "threaten",
      "willing", "ready", "prepared", "commit", "committed", "determined", "eager", "announce");
  private static final Set<String> PLANNING_AUX = Set.of("will", "shall", "would", "'ll", "wo");
  private static final Set<String> HYPOTHETICAL_GOVERNORS = Set.of("threaten", "warn");
  static final Set<String> REPORTING = Set.of("say", "report", "tell", "claim", "state", "announce",
      "declare", "reiterate", "insist", "warn",
      "confirm", "add", "note", "allege", "accord", "quote", "cite");
  private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "apparently");

  /** Modality of the event at {@code token}; {@code anchor} is the verb that carries a nominal event, or token. */
  String find(DepGraph g, Candidate c, int anchor, List<SourceChain> sources) {
    if (c.threat()) {
      return CONDITIONAL;
    }
    List<Integer> chain = governingChain(g, anchor);
    if (isNegated(g, chain)) {
      return NEGATED;
    }
    if (isConditional(g, chain)) {
      return CONDITIONAL;
    }
    if (anyLemma(g, chain, OBLIGING, OBLIGING_AUX) || hasToInfinitive(g, chain)) {
      return OBLIGATION;
    }
    if (anyLemma(g, chain, PLANNING, PLANNING_AUX)) {
      return PLANNED;
    }
    if (isReported(g, chain, c, sources)) {
      return REPORTED;
    }
    return ASSERTED;
  }

  /** The anchor and the verbs it hangs from through xcomp, conj and nominal links (not across clauses). */
  static List<Integer> governingChain(DepGraph g, int anchor) {
    List<Integer> chain = new ArrayList<>(List.of(anchor));
    int t = anchor;
    for (int hops = 0; hops < 4; hops++) {
      var h = g.head(t);
      if (h.isEmpty() || !DepGraph.matches(h.get().relation(), "xcomp", "conj", "amod", "acl")) {
        break;
      }
      t = h.get().governor();
      chain.add(t);
    }
    return chain;
  }

  /** True when the clause of {@code anchor} speaks of the future: a future or modal auxiliary or a planning verb. */
  static boolean isFuture(DepGraph g, int anchor) {
    List<Integer> chain = governingChain(g, anchor);
    return anyLemma(g, chain, PLANNING, PLANNING_AUX)
        || chain.stream().anyMatch(t -> g.children(t, "aux").stream()
            .anyMatch(a -> POSSIBILITY.contains(g.lemma(a))));
  }

  /** True when reported speech says someone must or should do the act ("said Sudan must return ..."). */
  static boolean isDemanded(DepGraph g, int anchor) {
    boolean must = g.children(anchor, "aux").stream().anyMatch(a -> OBLIGING_AUX.contains(g.lemma(a)));
    return must && reportingVerb(g, anchor).isPresent();
  }

  /**
   * "had to withdraw" (the parser makes "have" an auxiliary of the infinitive) and "were to have withdrawn by
   * Friday" ("be" + to + perfect infinitive): what was due. A perfect infinitive after any other word ("known to
   * have been killed", "said to have fled") is past, not an obligation.
   */
  private static boolean hasToInfinitive(DepGraph g, List<Integer> chain) {
    for (int t : chain) {
      Optional<Integer> to = g.children(t, "mark").stream().filter(m -> g.lemma(m).equals("to")).findFirst();
      if (to.isEmpty()) {
        continue;
      }
      List<Integer> auxes = g.children(t, "aux");
      boolean hadTo = auxes.stream().anyMatch(a -> a < to.get() && g.lemma(a).equals("have"));
      boolean dueBe = auxes.stream().anyMatch(a -> a < to.get() && g.lemma(a).equals("be"))
          && auxes.stream().anyMatch(a -> a > to.get() && g.lemma(a).equals("have"));
      if (hadTo || dueBe) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegated(DepGraph g, List<Integer> chain) {
    int first = chain.get(0);
    boolean direct = g.children(first, "advmod", "neg", "det").stream()
        .anyMatch(n -> NEGATORS.contains(g.lemma(n)));
    boolean governed = chain.size() > 1 && NEGATING_VERBS.contains(g.lemma(chain.get(1)));
    return direct || governed;
  }

  private static boolean isConditional(DepGraph g, List<Integer> chain) {
    for (int t : chain) {
      if (TriggerFinder.isCondition(g, t)) {
        return true;
      }
      boolean hasCondition = g.children(t, "advcl").stream().anyMatch(a -> TriggerFinder.isCondition(g, a));
      boolean possible = g.children(t, "aux").stream().anyMatch(a -> POSSIBILITY.contains(g.lemma(a)));
      if (hasCondition || possible) {
        return true;
      }
    }
    return chain.size() > 1 && HYPOTHETICAL_GOVERNORS.contains(g.lemma(chain.get(1)));
  }

  /** True when {@code t} is a to-infinitive ("a plan to withdraw", "the need to act"). */
  private static boolean infinitive(DepGraph g, int t) {
    return g.children(t, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
  }

  /**
   * A governing word of {@code chain} whose lemma is in {@code verbs}, or an auxiliary in {@code auxes}. A noun
   * counts only when the word below it in the chain is its to-infinitive ("a plan to withdraw"), not a relative
   * clause or participle hanging from it ("regime forces that seized shipments", "forces retreating").
   */
  private static boolean anyLemma(DepGraph g, List<Integer> chain, Set<String> verbs, Set<String> auxes) {
    for (int i = 0; i < chain.size(); i++) {
      int t = chain.get(i);
      if (i > 0 && verbs.contains(g.lemma(t)) && (!g.token(t).isNoun() || infinitive(g, chain.get(i - 1)))) {
        return true;
      }
      if (g.children(t, "aux").stream().anyMatch(a -> auxes.contains(g.lemma(a)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReported(DepGraph g, List<Integer> chain, Candidate c, List<SourceChain> sources) {
    for (int i = 0; i < g.size(); i++) {
      if (HEARSAY.contains(g.lemma(i))) {
        return true;
      }
    }
    if (reportingVerb(g, chain.get(chain.size() - 1)).isPresent()) {
      return true;
    }
    Span trigger = g.token(c.token()).span();
    return sources.stream().anyMatch(s -> s.reported() && s.scope().contains(trigger));
  }

  /** The speech or report verb whose complement holds {@code t} ("reported that the column entered"). */
  static Optional<Integer> reportingVerb(DepGraph g, int t) {
    int cur = t;
    for (int hops = 0; hops < 4; hops++) {
      var h = g.head(cur);
      if (h.isEmpty()) {
        return Optional.empty();
      }
      int gov = h.get().governor();
      if (DepGraph.matches(h.get().relation(), "ccomp", "parataxis") && REPORTING.contains(g.lemma(gov))) {
        return Optional.of(gov);
      }
      if (!DepGraph.matches(h.get().relation(), "conj", "xcomp", "ccomp")) {
        return Optional.empty();
      }
      cur = gov;
    }
    return Optional.empty();
  }
}
