package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * The words of a trigger's sentence as the ACLED rules read them, and two readings of the parse that decide an ACLED
 * label by structure:
 *
 * <ul>
 *   <li>a month name ("March 12") is no protest march;
 *   <li>the grievance of a protest ("marched <b>to commemorate victims of a shooting</b>", "a rally <b>against
 *       the detention of activists</b>") says what
 *       the protest is about, not what happened at it: its words are hidden from the rules that code a
 *       protest event;
 *   <li>fighting named only as the cause of people fleeing ("families fled <b>for fear of raids</b>") is a
 *       displacement, which ACLED codes as <i>Other</i>.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class AcledSentence {

  static final String OTHER = "OTHER";

  /** Verbs and adpositions that introduce what a protest is about. */
  private static final Set<String> GRIEVANCE_VERBS = Set.of("demand", "denounce", "decry", "condemn", "protest",
      "mourn", "oppose", "call", "urge", "commemorate", "mark", "express", "voice", "reject", "support", "honor",
      "honour", "remember", "seek", "press", "ask", "show", "vent", "criticize", "criticise", "slam", "accuse");
  private static final Set<String> GRIEVANCE_CASES = Set.of("against", "over", "about", "for", "following");
  private static final Set<String> DISPLACEMENT = Set.of("flee", "displace", "evacuate", "escape");
  private static final List<List<String>> CASUALTIES = List.of(List.of("kill"), List.of("dead"), List.of("die"),
      List.of("wound"), List.of("injure"), List.of("death"), List.of("killing"));
  /** Clauses inside a grievance that report what happened alongside it ("..., as police fired tear gas"). */
  private static final Set<String> CLAUSE_STOP = Set.of("advcl", "parataxis");
  private static final Set<String> PHRASE_STOP = Set.of("advcl", "parataxis", "acl");
  private static final Set<String> GENERIC_VIOLENCE = Set.of("ATTACK", "ARMED_CLASH");
  private static final String PEACEFUL = "PEACE_PROTEST";
  private static final Set<String> FORCEFUL_PROTEST = Set.of("VIOL_DEMONSTR", "PROTEST_WITH_INTER",
      "FORCE_AGAINST_PROTEST");
  private static final Set<String> HYPOTHETICAL = Set.of("possible", "potential", "planned", "future",
      "imminent", "expected", "feared", "anticipated", "likely", "prospective", "hypothetical", "would-be");
  private static final Set<String> MONTH_POS = Set.of("NNP", "NNPS");

  private AcledSentence() {}

  /**
   * The sentence's lower-cased lemmas; a proper-noun "March" (the month) reads as {@code <month>}, and a hyphenated
   * "re-" prefix is joined ("re-captured" reads as {@code recapture}).
   */
  static List<String> lemmas(DepGraph g) {
    List<String> out = new ArrayList<>();
    for (Token t : g.sentence().tokens()) {
      String l = t.lemma().toLowerCase(Locale.ROOT);
      if (l.startsWith("re-") && l.length() > 5) {
        l = "re" + l.substring(3);
      }
      out.add(l.equals("march") && MONTH_POS.contains(t.pos()) && t.text().equals("March") ? "<month>" : l);
    }
    return out;
  }

  /**
   * The lemmas (as {@link #lemmas}) of the sentence before and the two sentences after {@code s} in the document,
   * separated by blanks so that no phrase spans two sentences.
   */
  static List<String> neighbours(List<Sentence> sentences, Sentence s) {
    int at = sentences.indexOf(s);
    List<String> out = new ArrayList<>();
    for (int i = Math.max(0, at - 1); at >= 0 && i <= Math.min(sentences.size() - 1, at + 2); i++) {
      if (i != at && !sentences.get(i).dependencies().isEmpty()) {
        out.add("");
        out.addAll(lemmas(new DepGraph(sentences.get(i))));
      }
    }
    return out;
  }

  /**
   * ACLED codes an event by the whole report, and news reports name the weapon or what happened at a protest in
   * the sentences around the one that names the event ("A patrol came under attack. The assailants threw a
   * grenade."; "Crowds gathered in the square. Later, protesters clashed with police."). A generic label — an armed clash or attack chosen from the words of the actors, a peaceful
   * protest chosen for want of any other word — gives way to a weapon label (for violence) or a protest label with
   * force (for a protest) that the rules find in the sentence with its neighbours.
   *
   * @param fromLexicon true when the trigger's lexicon entry fixed {@code label} (never replaced)
   * @return the rule to use instead, or empty
   */
  static Optional<AcledRules.Rule> fromNeighbours(AcledRules rules, PloverType type, String label,
      boolean fromLexicon, List<String> own, List<String> neighbours) {
    if (fromLexicon || neighbours.isEmpty()) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>(own);
    all.addAll(neighbours);
    if (type == PloverType.ASSAULT && GENERIC_VIOLENCE.contains(label)) {
      return rules.choose(type, all).filter(rules::isWeapon);
    }
    if (type == PloverType.PROTEST && PEACEFUL.equals(label)) {
      List<String> about = new ArrayList<>(own);
      about.addAll(aboutTheCrowd(neighbours));
      return rules.choose(type, about).filter(r -> FORCEFUL_PROTEST.contains(r.label()));
    }
    return Optional.empty();
  }

  /**
   * The sentences of {@code neighbours} (blank-separated, as {@link #neighbours} gives them) that speak of
   * demonstrators or a crowd: only these tell what happened at a protest; the others give its background.
   */
  static List<String> aboutTheCrowd(List<String> neighbours) {
    List<String> out = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (int i = 0; i <= neighbours.size(); i++) {
      if (i == neighbours.size() || neighbours.get(i).isEmpty()) {
        if (sentence.stream().anyMatch(w -> AcledRoles.PROTEST_CONTEXT.contains(w) || w.equals("crowd"))) {
          out.add("");
          out.addAll(sentence);
        }
        sentence.clear();
      } else {
        sentence.add(neighbours.get(i));
      }
    }
    return out;
  }

  /** {@code lemmas} with the words of the protest's grievance blanked, for a PROTEST trigger; else as given. */
  static List<String> withoutGrievance(DepGraph g, Candidate c, List<String> lemmas) {
    if (c.type() != PloverType.PROTEST) {
      return lemmas;
    }
    BitSet hidden = new BitSet();
    List<Integer> heads = new ArrayList<>(List.of(c.token()));
    if (c.nominal()) {
      ArgumentFinder.governingVerb(g, c).ifPresent(heads::add);
    }
    for (int h : heads) {
      for (Dependency d : g.edges(h)) {
        if (isGrievance(g, d)) {
          boolean clause = !d.baseRelation().equals("obl") && !d.baseRelation().equals("nmod");
          hidden.or(g.subtree(d.dependent(), clause ? CLAUSE_STOP : PHRASE_STOP));
        }
      }
    }
    hidden.clear(c.token());
    List<String> out = new ArrayList<>(lemmas);
    hidden.stream().filter(i -> i < out.size()).forEach(i -> out.set(i, ""));
    return out;
  }

  private static boolean isGrievance(DepGraph g, Dependency d) {
    int dep = d.dependent();
    String base = d.baseRelation();
    if ((base.equals("advcl") || base.equals("xcomp") || base.equals("acl")) && !d.relation().equals("acl:relcl")) {
      return g.marker(dep).equals("to") || GRIEVANCE_VERBS.contains(g.lemma(dep));
    }
    if (base.equals("obl") || base.equals("nmod")) {
      return GRIEVANCE_CASES.contains(g.marker(dep));
    }
    return base.equals("obj") && GRIEVANCE_VERBS.contains(g.lemma(d.governor()));
  }

  /**
   * True for an event noun that names a merely possible or expected event ("braced for a <b>possible attack</b>", "a
   * <b>planned</b> offensive"): ACLED codes what happened, so it gets no ACLED label.
   */
  static boolean isHypothetical(DepGraph g, Candidate c) {
    return c.nominal() && g.children(c.token(), "amod").stream().anyMatch(m -> HYPOTHETICAL.contains(g.lemma(m)));
  }

  /**
   * True when the trigger hangs (through at most four governing edges) from a verb of fleeing or displacement and
   * the sentence names no casualty: the event reported is the displacement, the violence only its cause.
   */
  static boolean isDisplacement(DepGraph g, Candidate c, List<String> lemmas) {
    if (c.type() != PloverType.ASSAULT || AcledRules.anyOccurs(CASUALTIES, lemmas)) {
      return false;
    }
    int t = c.token();
    for (int step = 0; step < 4; step++) {
      Optional<Dependency> h = g.head(t);
      if (h.isEmpty()) {
        return false;
      }
      t = h.get().governor();
      if (DISPLACEMENT.contains(g.lemma(t))) {
        return true;
      }
    }
    return false;
  }
}
