package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Repairs four dependency misparses that event coding trips over, by grammatical tests only. Stateless; the input
 * sentence is never changed, a repaired copy is returned.
 *
 * <ul>
 *   <li><b>Reduced relative read as a clause.</b> "It came after those positioned in the zone failed to honor the
 *       truce and continued to shell towns": the parser makes "positioned" the verb of the after-clause, with
 *       "those" as its subject, and leaves "failed" subjectless. A past participle with an active subject and no
 *       auxiliary cannot head a finite clause; when a subjectless finite verb follows its subtree directly and hangs
 *       from the same head, the participle is a reduced relative of its "subject" ({@code acl}), that noun phrase is
 *       the finite verb's subject, the clause marker moves to the finite verb, and verbs coordinated after it
 *       (late closure) are coordinated with it and share its subject.</li>
 *   <li><b>Event noun tagged as a gerund.</b> "Regime shelling killed five civilians": the tagger reads "shelling" as a
 *       verb form (VBG) and the parser makes it a passive auxiliary of "killed" ("Regime" its passive subject), or
 *       a second subject beside "rebel" in "rebel shelling killed". A gerund that is not a form of "be" or "get"
 *       cannot be an auxiliary, and a clause has one subject: the gerund is a noun, the verb's subject, and the noun
 *       just before it is its compound modifier.</li>
 *   <li><b>Antecedent of a non-restrictive relative.</b> "... an organization tied to the Kurdistan Workers' Party
 *       (PKK), which has been seeking ...": ", which/who" right after a proper name relates to that name, not to a
 *       common noun further left that the parser chose.</li>
 *   <li><b>Day of a report read as the reported clause's.</b> "Clinton said Friday the agency did the right
 *       thing": with no "that", the parser makes "Friday" a modifier of "did". A bare day right after a
 *       reporting verb whose complement clause follows it dates the report, as news style uses it.</li>
 * </ul>
 */
final class ParseRepair {

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> AUXILIARIES = Set.of("be", "get", "being", "getting", "have", "having");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who");
  private static final Set<String> NAME_RELS = Set.of("compound", "flat", "amod", "nummod", "det", "punct");

  private ParseRepair() {}

  /** The sentence with the repairs applied where their conditions hold. */
  static Sentence repair(Sentence s) {
    return reportDay(nonRestrictiveAntecedent(reducedRelative(gerundNoun(s))));
  }

  /**
   * The fourth repair (see the class comment): a day right after a reporting verb ("said Friday the ministry had
   * ...") that the parser hung on the reported clause goes back to the reporting verb. The sentence itself when
   * none qualifies.
   */
  static Sentence reportDay(Sentence s) {
    List<Token> toks = s.tokens();
    List<Dependency> deps = new ArrayList<>(s.dependencies());
    boolean changed = false;
    for (int i = 0; i < deps.size(); i++) {
      Dependency d = deps.get(i);
      int t = d.dependent();
      int c = d.governor();
      int v = t - 1;
      if (!d.relation().equals("obl:tmod") || v < 0 || c <= t || !toks.get(v).isVerb()
          || !ModalityFinder.REPORTING.contains(lemma(toks, v))
          || s.dependencies().stream().noneMatch(x -> x.governor() == v && x.dependent() == c
              && x.relation().equals("ccomp"))) {
        continue;
      }
      deps.set(i, new Dependency(d.relation(), v, t));
      changed = true;
    }
    return changed ? new Sentence(s.index(), s.span(), toks, deps) : s;
  }

  /** The gerund repair (see the class comment); the sentence itself when no gerund qualifies. */
  static Sentence gerundNoun(Sentence s) {
    List<Token> toks = s.tokens();
    for (Dependency d : s.dependencies()) {
      int g = d.dependent();
      int v = d.governor();
      boolean misread = d.relation().equals("aux:pass") || d.relation().equals("nsubj");
      if (!misread || v < 0 || g < 1 || !toks.get(g).pos().equals("VBG") || AUXILIARIES.contains(lemma(toks, g))) {
        continue;
      }
      int n = g - 1;
      boolean nounSubject = toks.get(n).isNoun() && s.dependencies().stream().anyMatch(x -> x.governor() == v
          && x.dependent() == n && (x.relation().equals("nsubj") || x.relation().equals("nsubj:pass")));
      if (nounSubject) {
        return asSubjectNoun(s, v, g, n, d.relation().equals("aux:pass"));
      }
    }
    return s;
  }

  private static String lemma(List<Token> toks, int i) {
    return toks.get(i).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  private static Sentence asSubjectNoun(Sentence s, int v, int g, int n, boolean wasPassive) {
    List<Dependency> deps = new ArrayList<>();
    for (Dependency x : s.dependencies()) {
      boolean gerundEdge = x.governor() == v && x.dependent() == g;
      boolean nounEdge = x.governor() == v && x.dependent() == n;
      if (!gerundEdge && !nounEdge) {
        deps.add(x);
      }
    }
    deps.add(new Dependency("nsubj", v, g));
    deps.add(new Dependency("compound", g, n));
    List<Token> toks = new ArrayList<>(s.tokens());
    Token gt = toks.get(g);
    toks.set(g, new Token(gt.index(), gt.text(), gt.span(), "NN", gt.text().toLowerCase(java.util.Locale.ROOT),
        gt.ner()));
    Token vt = toks.get(v);
    if (wasPassive && vt.pos().equals("VBN")) {
      toks.set(v, new Token(vt.index(), vt.text(), vt.span(), "VBD", vt.lemma(), vt.ner()));
    }
    return new Sentence(s.index(), s.span(), toks, deps);
  }

  /** The first repair (see the class comment); the sentence itself when no participle qualifies. */
  static Sentence reducedRelative(Sentence s) {
    Edges e = new Edges(s);
    for (int v = 0; v < s.tokens().size(); v++) {
      Optional<Dependency> clause = e.head(v).filter(d -> d.relation().startsWith("advcl"));
      Optional<Integer> subject = e.child(v, r -> r.equals("nsubj"));
      if (!s.tokens().get(v).pos().equals("VBN") || clause.isEmpty() || subject.isEmpty()
          || e.child(v, r -> r.startsWith("aux") || r.equals("cop")).isPresent()) {
        continue;
      }
      int a = clause.get().governor();
      int w = e.lastOf(v) + 1;
      Optional<Dependency> wHead = e.head(w);
      boolean finiteFollower = w < s.tokens().size() && FINITE.contains(s.tokens().get(w).pos())
          && wHead.isPresent() && wHead.get().governor() == a
          && e.child(w, SUBJECTS::contains).isEmpty();
      if (finiteFollower) {
        return e.reattachReducedRelative(a, v, w, subject.get(), clause.get().relation()).sentence();
      }
    }
    return s;
  }

  /** The second repair (see the class comment); the sentence itself when no relative clause qualifies. */
  static Sentence nonRestrictiveAntecedent(Sentence s) {
    Edges e = new Edges(s);
    List<Token> toks = s.tokens();
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("acl:relcl") || d.governor() < 0) {
        continue;
      }
      int h = d.governor();
      int r = d.dependent();
      Optional<Integer> pronoun = relativePronoun(s, r);
      if (pronoun.isEmpty() || pronoun.get() < 2 || !toks.get(pronoun.get() - 1).text().equals(",")) {
        continue;
      }
      int n = e.nameHead(beforeParenthesis(toks, pronoun.get() - 2));
      if (n != h && n >= 0 && toks.get(n).isProperNoun() && !toks.get(h).isProperNoun() && n > h) {
        return e.reattachRelative(h, n, r, pronoun.get()).sentence();
      }
    }
    return s;
  }

  private static Optional<Integer> relativePronoun(Sentence s, int relVerb) {
    for (int i = relVerb - 1; i >= 0; i--) {
      String w = s.tokens().get(i).lemma().toLowerCase(java.util.Locale.ROOT);
      if (RELATIVE_PRONOUNS.contains(w)) {
        return Optional.of(i);
      }
      if (s.tokens().get(i).text().equals(",")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Index of the token before a closing parenthetical "(PKK)" that ends at {@code i}, else {@code i}. */
  private static int beforeParenthesis(List<Token> toks, int i) {
    if (i < 0 || !toks.get(i).text().equals(")")) {
      return i;
    }
    for (int j = i - 1; j >= 0 && i - j <= 8; j--) {
      if (toks.get(j).text().equals("(")) {
        return j - 1;
      }
    }
    return i;
  }

  /** A mutable working copy of one sentence's edges; confined to one repair call. */
  private static final class Edges {
    private final Sentence s;
    private final List<Dependency> deps;

    Edges(Sentence s) {
      this.s = s;
      this.deps = new ArrayList<>(s.dependencies());
    }

    Sentence sentence() {
      return new Sentence(s.index(), s.span(), s.tokens(), deps);
    }

    Optional<Dependency> head(int i) {
      return deps.stream().filter(d -> d.dependent() == i && d.governor() >= 0 && !d.relation().equals("ref")
          && d.governor() != i).findFirst();
    }

    Optional<Integer> child(int i, Predicate<String> rel) {
      return deps.stream().filter(d -> d.governor() == i && d.dependent() != i && rel.test(d.relation()))
          .map(Dependency::dependent).findFirst();
    }

    List<Integer> children(int i, Predicate<String> rel) {
      return deps.stream().filter(d -> d.governor() == i && d.dependent() != i && rel.test(d.relation()))
          .map(Dependency::dependent).toList();
    }

    /** Last token index of {@code i}'s subtree over basic-looking edges (no cycles through enhanced ones). */
    int lastOf(int i) {
      int last = i;
      List<Integer> todo = new ArrayList<>(List.of(i));
      boolean[] seen = new boolean[s.tokens().size()];
      seen[i] = true;
      while (!todo.isEmpty()) {
        int t = todo.remove(todo.size() - 1);
        for (Dependency d : deps) {
          if (d.governor() == t && !seen[d.dependent()] && head(d.dependent()).map(h -> h.governor() == t)
              .orElse(false)) {
            seen[d.dependent()] = true;
            last = Math.max(last, d.dependent());
            todo.add(d.dependent());
          }
        }
      }
      return last;
    }

    /** The head of the name phrase holding {@code i}: up through compound, flat and similar links. */
    int nameHead(int i) {
      int t = i;
      for (int hops = 0; hops < 6 && t >= 0; hops++) {
        Optional<Dependency> h = head(t);
        if (h.isEmpty() || !NAME_RELS.contains(h.get().relation())) {
          return t;
        }
        t = h.get().governor();
      }
      return t;
    }

    Edges reattachReducedRelative(int a, int v, int w, int subject, String clauseRel) {
      Optional<Integer> mark = child(v, r -> r.equals("mark"));
      Optional<Integer> oldSubject = child(a, r -> r.equals("nsubj"));
      deps.removeIf(d -> (d.governor() == v && d.dependent() == subject)
          || (d.governor() == a && (d.dependent() == v || d.dependent() == w))
          || (mark.isPresent() && d.governor() == v && d.dependent() == mark.get()));
      deps.add(0, new Dependency("acl", subject, v));
      deps.add(0, new Dependency(clauseRel, a, w));
      deps.add(0, new Dependency("nsubj", w, subject));
      mark.ifPresent(m -> deps.add(new Dependency("mark", w, m)));
      for (int x : children(w, r -> r.equals("xcomp"))) {
        deps.add(new Dependency("nsubj:xsubj", x, subject));
      }
      for (int c : children(a, r -> r.startsWith("conj"))) {
        if (c > w && oldSubject.isPresent() && child(c, r -> r.equals("nsubj")).equals(oldSubject)) {
          String rel = head(c).map(Dependency::relation).orElse("conj");
          deps.removeIf(d -> d.governor() == a && d.dependent() == c);
          deps.add(0, new Dependency(rel, w, c));
          share(c, oldSubject.get(), subject);
        }
      }
      return this;
    }

    /** Replaces {@code from} by {@code to} as the subject of {@code verb} and of its open complements. */
    private void share(int verb, int from, int to) {
      List<Integer> verbs = new ArrayList<>(List.of(verb));
      verbs.addAll(children(verb, r -> r.equals("xcomp")));
      for (int x : verbs) {
        deps.replaceAll(d -> d.governor() == x && d.dependent() == from && d.relation().startsWith("nsubj")
            ? new Dependency(d.relation(), x, to) : d);
      }
    }

    Edges reattachRelative(int oldHead, int newHead, int relVerb, int pronoun) {
      deps.replaceAll(d -> {
        if (d.governor() == oldHead && (d.dependent() == relVerb || d.dependent() == pronoun)) {
          return new Dependency(d.relation(), newHead, d.dependent());
        }
        if (d.governor() == relVerb && d.dependent() == oldHead) {
          return new Dependency(d.relation(), relVerb, newHead);
        }
        return d;
      });
      return this;
    }
  }
}
