package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Token;
import org.observatory.record.Actor;
import org.observatory.record.EventActor;

/**
 * Attaches source and target actors to a trigger from the dependency graph: subjects and by-agents are sources;
 * objects, passive subjects and "against/on/to/with X" are targets; coordinated arguments all count. Arguments
 * map to {@link Actor} records by span; an argument no actor covers keeps its noun phrase with no canonical name.
 * An event noun is never its own source: "The bombing by Russian jets targeted ..." has the bombing's agent
 * (by-phrase, possessor, nationality adjective) as source, or none. Media artefacts and abstract nouns
 * ({@link NonActors}) that no actor covers are never sources or targets.
 */
final class ArgumentFinder {

  private static final Set<String> PRONOUN_POS = Set.of("PRP", "PRP$", "WP", "WDT", "EX", "DT");
  private static final Set<String> NOT_ACTOR_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
      "ORDINAL", "PERCENT", "MONEY");
  private static final Set<String> VAGUE = Set.of("someone", "somebody", "anyone", "one", "those", "who", "which",
      "that", "it", "they", "this");

  /**
   * Place names below the country ("the Sochi agreement", "the Astana talks", "the Geneva accords") that modify an
   * event noun name where it happened, not who acted: no source. Countries stay sources ("a Turkish operation").
   */
  private static final Set<String> VENUE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");

  private static final Set<String> STATES_OF_AFFAIRS = Set.of("situation", "matter", "condition", "thing",
      "status", "crisis", "problem", "issue", "process", "circumstance", "development", "trend",
      "violence", "escalation", "tension", "security", "stability", "calm", "peace");

  /** Collective nouns for armed or political groups, whose modifiers may name the actor they stand for. */
  private static final Set<String> GROUPS = Set.of("coalition", "alliance", "regime", "government", "army",
      "force", "forces", "militia", "troops", "military", "navy", "police", "rebel", "rebels", "opposition",
      "faction", "group", "administration", "authorities", "jet", "warplane", "aircraft", "drone");

  private final TriggerLexicon lexicon;

  /** @param lexicon the trigger lexicon, whose noun entries tell an event noun ("bombing", "strike") */
  ArgumentFinder(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Participants of the candidate, sources first. */
  List<EventActor> find(DepGraph g, Candidate c, List<Actor> actors) {
    Set<Integer> sources = new LinkedHashSet<>();
    Set<Integer> targets = new LinkedHashSet<>();
    Set<Integer> themes = new LinkedHashSet<>();
    if (c.threat()) {
      sources.addAll(g.children(c.token(), "nsubj"));
      threatTargets(g, c.token()).forEach(targets::add);
    } else if (c.nominal()) {
      nominal(g, c, sources, targets, actors);
    } else {
      verbal(g, c, sources, targets, themes);
    }
    List<EventActor> out = new ArrayList<>();
    addAll(g, agentsOf(g, sources, actors, true), "source", actors, out);
    addAll(g, agentsOf(g, c.threat() ? parties(g, targets, actors) : targets, actors, false), "target", actors, out);
    addAll(g, themes, "participant", actors, out);
    return withoutRepeatedParticipants(out);
  }

  /**
   * Each argument that names no party and that no actor covers gives way to the parties it names: its by-phrase
   * (for an event noun only: "resolving the conflict by political means" names no party), possessor, or a
   * nationality or proper-noun modifier that is no venue ("The bombing by Russian jets", "Russian strikes",
   * "rejected North Korea's demand", but not "the Geneva conference"); with none the argument is dropped. No party is named by a media artefact or
   * abstract noun ({@link NonActors}), nor, as a source, by an event noun.
   */
  private Set<Integer> agentsOf(DepGraph g, Set<Integer> heads, List<Actor> actors, boolean source) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int s : heads) {
      Token t = g.token(s);
      boolean noParty = NonActors.isNonActor(t) || (source && isEventNoun(t));
      if (!noParty || covered(t, actors)) {
        out.add(s);
        continue;
      }
      boolean event = isEventNoun(t);
      out.addAll(event ? g.children(s, "nmod:by", "nmod:agent", "nmod:poss") : g.children(s, "nmod:poss"));
      out.addAll(agentModifiers(g, s, actors));
    }
    return out;
  }

  /** A common noun with an event reading in the trigger lexicon ("bombing", "strike", "attack", "shelling"). */
  private boolean isEventNoun(Token t) {
    if (!t.isNoun() || t.isProperNoun()) {
      return false;
    }
    return lexicon.lookup(t.lemma(), false, Set.of())
        .filter(e -> !e.isLight() && !e.isSay() && !e.isNone()).isPresent();
  }

  /**
   * Drops a participant that is the same actor (canonical name, country and sector) as one of the event's sources:
   * "Turkey dispatches a Turkish military convoy" has Turkey's military as source; the convoy adds no party.
   */
  static List<EventActor> withoutRepeatedParticipants(List<EventActor> actors) {
    Set<List<String>> sources = new HashSet<>();
    for (EventActor a : actors) {
      if (a.role().equals("source") && a.canonical() != null) {
        sources.add(identity(a));
      }
    }
    return actors.stream()
        .filter(a -> !(a.role().equals("participant") && a.canonical() != null && sources.contains(identity(a))))
        .toList();
  }

  private static List<String> identity(EventActor a) {
    return Arrays.asList(a.canonical(), a.country(), a.sector());
  }

  private static void verbal(DepGraph g, Candidate c, Set<Integer> sources, Set<Integer> targets,
      Set<Integer> themes) {
    int v = c.token();
    sources.addAll(g.children(v, "nsubj").stream().filter(s -> !isPassiveSubject(g, v, s)).toList());
    sources.addAll(g.children(v, "obl:agent", "obl:by"));
    Set<Integer> objects = new LinkedHashSet<>(g.children(v, "obj", "iobj", "nsubj:pass"));
    objects.addAll(g.children(v, "obl:against", "obl:on", "obl:upon"));
    if (c.rule().equals(Violation.RULE)) {
      Violation.agreementObject(g, v).ifPresent(objects::remove);
    }
    if (c.type() != PloverType.MOBILIZE) {
      objects.addAll(g.children(v, "obl:to", "obl:with", "obl:from"));
    }
    if (c.type() == PloverType.MOBILIZE || c.type() == PloverType.RETREAT) {
      themes.addAll(objects);
    } else {
      targets.addAll(objects);
    }
  }

  /**
   * The threat targets that name a party: an actor record covers them, or their head is not a noun of a state of
   * affairs. A condition about a state of affairs ("if the situation ... is not returned to normal") names no
   * party.
   */
  private static Set<Integer> parties(DepGraph g, Set<Integer> targets, List<Actor> actors) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int t : targets) {
      Token tok = g.token(t);
      boolean covered = actors.stream().anyMatch(a -> a.start() <= tok.span().start() && tok.span().end() <= a.end());
      if (covered || !STATES_OF_AFFAIRS.contains(tok.lemma().toLowerCase(java.util.Locale.ROOT))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The modifiers of an event noun that name who acted: a token an actor covers, a nationality, a proper noun that
   * is no venue ("Russian strikes", but not "the Geneva talks"), a known actor inside a group noun of
   * {@link #GROUPS} or inside an "X-led" participle ("[US-led] coalition air strikes" gives the United States);
   * failing all of these, the group noun itself ("rebel shelling"). An "X-backed" participle names a supporter,
   * not the actor, and gives nothing.
   */
  private static List<Integer> agentModifiers(DepGraph g, int n, List<Actor> actors) {
    List<Integer> named = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    for (int m : g.children(n, "amod", "compound")) {
      Token t = g.token(m);
      boolean group = t.isNoun() && GROUPS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
      if (covered(t, actors) || t.ner().equals("NATIONALITY") || t.isProperNoun() && !VENUE_NER.contains(t.ner())) {
        named.add(m);
      } else if (group || isLed(t)) {
        Optional<Integer> inside = actorInside(g, m, actors);
        inside.ifPresent(named::add);
        if (inside.isEmpty() && group) {
          groups.add(m);
        }
      }
    }
    return named.isEmpty() ? groups : named;
  }

  /** The first token of {@code m}'s subtree that a canonical actor covers, skipping "X-backed" participles. */
  private static Optional<Integer> actorInside(DepGraph g, int m, List<Actor> actors) {
    java.util.BitSet sub = g.subtree(m, Set.of("conj", "cc", "acl:relcl", "appos"));
    for (int c : g.children(m, "amod")) {
      if (g.token(c).pos().equals("VBN") && !isLed(g.token(c))) {
        sub.andNot(g.subtree(c, Set.of())); // "Turkish-backed rebel shelling": the backer did not shell
      }
    }
    for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
      Token x = g.token(i);
      if (actors.stream().anyMatch(a -> a.canonical() != null && a.start() <= x.span().start()
          && x.span().end() <= a.end())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static boolean isLed(Token t) {
    return t.pos().equals("VBN") && t.lemma().equalsIgnoreCase("lead");
  }

  private static boolean covered(Token t, List<Actor> actors) {
    return actors.stream().anyMatch(a -> a.start() <= t.span().start() && t.span().end() <= a.end());
  }

  private static boolean isPassiveSubject(DepGraph g, int v, int s) {
    return g.edges(v).stream().anyMatch(d -> d.dependent() == s && d.relation().startsWith("nsubj:pass"));
  }

  private static void nominal(DepGraph g, Candidate c, Set<Integer> sources, Set<Integer> targets,
      List<Actor> actors) {
    int n = c.token();
    sources.addAll(g.children(n, "nmod:by", "nmod:agent", "nmod:poss"));
    sources.addAll(agentModifiers(g, n, actors));
    targets.addAll(g.children(n, "nmod:against", "nmod:on", "nmod:with", "nmod:between"));
    if (sources.isEmpty()) {
      governingVerb(g, c).ifPresent(v -> sources.addAll(g.children(v, "nsubj").stream()
          .filter(s -> !isPassiveSubject(g, v, s)).toList()));
    }
  }

  /** The light verb, or the verb the noun hangs from through objects and modifiers. */
  static Optional<Integer> governingVerb(DepGraph g, Candidate c) {
    if (c.host() >= 0) {
      return Optional.of(c.host());
    }
    int t = c.token();
    for (int hops = 0; hops < 4; hops++) {
      var h = g.head(t);
      if (h.isEmpty() || !(h.get().relation().equals("obj") || h.get().relation().equals("nmod:of"))) {
        return Optional.empty();
      }
      t = h.get().governor();
      if (g.token(t).isVerb()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whose act the condition names: the by-agent of the condition's subject, else the subject itself. */
  private static List<Integer> threatTargets(DepGraph g, int say) {
    List<Integer> out = new ArrayList<>();
    for (int c : TriggerFinder.statementClauses(g, say)) {
      for (int a : g.children(c, "advcl")) {
        if (!TriggerFinder.isCondition(g, a)) {
          continue;
        }
        for (int s : g.children(a, "nsubj", "nsubj:pass")) {
          List<Integer> agents = g.children(s, "nmod:by", "nmod:poss");
          out.addAll(agents.isEmpty() ? List.of(s) : agents);
        }
      }
    }
    return out;
  }

  private static void addAll(DepGraph g, Set<Integer> heads, String role, List<Actor> actors,
      List<EventActor> out) {
    Set<Integer> all = new LinkedHashSet<>(heads);
    for (int h : heads) {
      all.addAll(g.children(h, "conj"));
    }
    for (int h : all) {
      if (!role.equals("participant") && NonActors.isNonActor(g.token(h)) && !covered(g.token(h), actors)) {
        continue; // a coordinated non-party: "safety and security"
      }
      actor(g, h, role, actors).filter(a -> out.stream().noneMatch(o -> same(o, a))).ifPresent(out::add);
    }
  }

  private static boolean same(EventActor a, EventActor b) {
    return a.role().equals(b.role()) && a.text().equals(b.text());
  }

  /**
   * A demonstrative pronoun that a participle or relative clause describes ("those positioned in the zone", "those
   * who fired") names its group by that description: the whole phrase is the participant.
   */
  static Optional<EventActor> describedPronoun(DepGraph g, int head, String role) {
    Token t = g.token(head);
    if (!t.pos().equals("DT") || g.children(head, "acl").isEmpty()) {
      return Optional.empty();
    }
    java.util.BitSet sub = g.subtree(head, Set.of("punct", "mark", "cc", "conj"));
    return Optional.of(new EventActor(role, phraseText(g, sub), null, null, null));
  }

  private static String phraseText(DepGraph g, java.util.BitSet tokens) {
    StringBuilder b = new StringBuilder();
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      b.append(b.length() == 0 ? "" : " ").append(g.token(i).text());
    }
    return b.toString();
  }

  static Optional<EventActor> actor(DepGraph g, int head, String role, List<Actor> actors) {
    Token t = g.token(head);
    Span phrase = g.phrase(head);
    for (Actor a : actors) {
      if (a.start() <= t.span().start() && t.span().end() <= a.end()) {
        return Optional.of(new EventActor(role, a.text(), a.canonical(), a.country(), a.sector()));
      }
    }
    for (Actor a : actors) {
      if (phrase.overlaps(new Span(a.start(), a.end()))) {
        return Optional.of(new EventActor(role, a.text(), a.canonical(), a.country(), a.sector()));
      }
    }
    Optional<EventActor> described = describedPronoun(g, head, role);
    if (described.isPresent()) {
      return described;
    }
    if (NOT_ACTOR_NER.contains(t.ner()) || PRONOUN_POS.contains(t.pos()) || VAGUE.contains(t.lemma().toLowerCase())
        || t.pos().startsWith("JJ") || t.pos().startsWith("RB")) {
      return Optional.empty();
    }
    String text = g.sentence().tokensIn(phrase).stream().map(Token::text).reduce((x, y) -> x + " " + y)
        .orElse(t.text());
    return Optional.of(new EventActor(role, text, null, null, null));
  }
}
