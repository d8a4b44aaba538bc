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
 *       speech verb); the operation it names is its content, not a second event. When the stated act is
 *       cooperative verb ("said they would meet the mediator if ...", not "would prohibit aid"), the statement is a conditional offer, not a
 *       threat: the act (coded AGREE by {@link IntentRule}) stays and the speech verb is dropped. An act someone
 *       else is said to plan without a condition ("residents said Turkey will attack") is a report of that act
 *       and stays an event ({@link #isThreatContent}).</li>
 *   <li>A participle that identifies a group by where it is: "those positioned in the zone", "those stationed
 *       there" describe the referent of a pronoun, they do not report a deployment.</li>
 *   <li>A movement verb whose object is a period or stage ("the war enters its eighth year").</li>
 *   <li>A light verb with an expletive or anaphoric "it" subject and no object ("It came after ...", "It happened
 *       as ..."): the clause relates events, it is not one.</li>
 * </ul>
 */
final class CandidateFilter {

  private static final Set<PloverType> COOPERATIVE = java.util.EnumSet.of(PloverType.CONSULT, PloverType.SUPPORT,
      PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID, PloverType.RETREAT, PloverType.AGREE);
  private static final Set<String> PRONOUN_POS = Set.of("DT", "PRP", "WP");
  private static final Set<String> LIGHT = Set.of("come", "happen", "occur", "follow", "go", "take");
  private static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "decade", "hour", "phase", "stage",
      "round", "era", "season", "period", "chapter", "term");

  private CandidateFilter() {}

  static List<Candidate> filter(DepGraph g, List<Candidate> candidates) {
    Set<Integer> stated = new HashSet<>();
    Set<Integer> offers = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.threat()) {
        TriggerFinder.statementClauses(g, c.token()).stream().filter(clause -> isThreatContent(g, c.token(), clause))
            .forEach(stated::add);
      }
    }
    for (Candidate c : candidates) {
      if (!c.threat() && !c.nominal() && stated.contains(c.token()) && COOPERATIVE.contains(c.type())) {
        offers.add(anchor(g, c));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean statedThreat = !c.threat() && stated.contains(anchor(g, c)) && !COOPERATIVE.contains(c.type());
      boolean offer = c.threat() && TriggerFinder.statementClauses(g, c.token()).stream().anyMatch(offers::contains);
      if (!statedThreat && !offer && !isIdentifyingParticiple(g, c) && !isExpletiveLightVerb(g, c)
          && !entersAPeriod(g, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A movement verb whose object is a stretch of time or a stage ("the war enters its eighth year", "talks entered a
   * new phase"): the clause dates or stages something, nobody moves.
   */
  static boolean entersAPeriod(DepGraph g, Candidate c) {
    if (c.type() != PloverType.MOBILIZE || c.nominal()) {
      return false;
    }
    return g.children(c.token(), "obj").stream()
        .anyMatch(o -> PERIODS.contains(g.token(o).lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Whether a clause a speech verb states is the content of the speaker's threat rather than a report of someone
   * else's act: it is conditional ("may launch ... if ..."), or its agent is the speaker, a pronoun or unstated.
   * A clause without a subject takes the speech verb's object as its agent (the parser's reading of "said Turkey
   * will attack" hangs "Turkey" on "said").
   * "Residents said Turkey will attack" reports Turkey's act; that act stays an event of its own.
   */
  static boolean isThreatContent(DepGraph g, int say, int clause) {
    if (g.children(clause, "advcl").stream().anyMatch(a -> TriggerFinder.isCondition(g, a))) {
      return true;
    }
    List<Integer> agents = g.children(clause, "nsubj");
    if (agents.isEmpty()) {
      agents = g.children(say, "obj");
    }
    if (agents.isEmpty() || agents.stream().anyMatch(a -> PRONOUN_POS.contains(g.token(a).pos()))) {
      return true;
    }
    Set<String> speakers = new HashSet<>();
    g.children(say, "nsubj").forEach(sp -> speakers.add(g.lemma(sp)));
    return agents.stream().anyMatch(a -> speakers.contains(g.lemma(a)));
  }

  private static int anchor(DepGraph g, Candidate c) {
    return c.nominal() ? ArgumentFinder.governingVerb(g, c).orElse(c.token()) : c.token();
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
