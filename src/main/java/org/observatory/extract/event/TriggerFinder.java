package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds event triggers in one parsed sentence: verbs and event nouns of the {@link TriggerLexicon}, light verbs
 * carrying an event noun, speech verbs whose complement is a conditional or future statement (a threat), and as a
 * fallback verbs of the CAMEO verb dictionary. Immutable and thread-safe.
 */
final class TriggerFinder {

  private static final Set<String> SKIP_RELS = Set.of("aux", "aux:pass", "cop", "case", "mark", "det");
  private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "shall", "'ll", "can");
  private static final Set<String> INTENT_VERBS = Set.of("plan", "intend", "decide", "want", "seek", "hope",
      "aim", "prepare", "expect", "try", "attempt", "continue", "begin", "start");
  private static final Set<String> OBLIGING_AUX = Set.of("must", "should");
  private static final Set<String> THREAT_ACTS = Set.of("ASSAULT", "MOBILIZE", "COERCE", "SANCTION");
  private static final Set<String> NOUN_LICENSE = Set.of("nmod:by", "nmod:agent", "nmod:against", "nmod:on",
      "nmod:between", "nmod:poss", "nmod:with", "nmod:tmod", "nmod:in", "acl", "nmod:of", "nmod:near", "nmod:at");

  private final TriggerLexicon lexicon;
  private final CameoVerbDictionary cameo;
  private final EventOntology ontology;

  TriggerFinder(TriggerLexicon lexicon, CameoVerbDictionary cameo, EventOntology ontology) {
    this.lexicon = lexicon;
    this.cameo = cameo;
    this.ontology = ontology;
  }

  List<Candidate> find(DepGraph g) {
    Map<Integer, Integer> hosted = hostedNouns(g);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Optional<Candidate> c = isSkipped(g, i) ? Optional.empty()
          : g.token(i).isVerb() ? verb(g, i, hosted).map(x -> materialYield(g, x))
          : g.token(i).isNoun() ? noun(g, i, hosted) : Optional.empty();
      c.ifPresent(out::add);
    }
    return mergeNounsIntoVerbs(g, out);
  }

  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  private static boolean isSkipped(DepGraph g, int i) {
    if (TIME_NER.contains(g.token(i).ner())) {
      return true;
    }
    return g.head(i).map(d -> SKIP_RELS.contains(d.relation())).orElse(false);
  }

  /** Lemmas that select a reading: objects, passive subjects, obliques and their modifiers, prepositions. */
  static Set<String> objectLemmas(DepGraph g, int i) {
    Set<String> out = new LinkedHashSet<>();
    for (int o : g.children(i, "obj", "nsubj:pass", "obl", "iobj", "xcomp")) {
      out.add(g.lemma(o));
      for (int m : g.children(o, "compound", "amod", "nmod:of", "dep")) {
        out.add(g.lemma(m));
      }
      if (DepGraph.matches(relationOf(g, i, o), "obl")) {
        String p = g.marker(o);
        if (!p.isEmpty()) {
          out.add("prep:" + p);
        }
      }
    }
    for (int a : g.children(i, "advcl")) {
      String p = g.marker(a);
      if (CLAUSE_PREPOSITIONS.contains(p)) {
        out.add("prep:" + p);
      }
    }
    return out;
  }

  /**
   * Prepositions a parser may hang on a following clause instead of the verb ("called on Arabs to unite" parsed
   * with "on" marking "unite"): they still select the verb's reading.
   */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("on", "upon", "for");

  /** Lemmas of the verb's dependents and theirs (two levels down): the words a CAMEO pattern's qualifiers need. */
  static Set<String> nearLemmas(DepGraph g, int i) {
    Set<String> out = new LinkedHashSet<>();
    for (var c : g.edges(i)) {
      out.add(g.lemma(c.dependent()));
      for (var cc : g.edges(c.dependent())) {
        out.add(g.lemma(cc.dependent()));
      }
    }
    return out;
  }

  private static String relationOf(DepGraph g, int gov, int dep) {
    return g.edges(gov).stream().filter(d -> d.dependent() == dep).map(d -> d.relation()).findFirst().orElse("");
  }

  private Optional<TriggerEntry> verbEntry(DepGraph g, int i) {
    Set<String> objects = objectLemmas(g, i);
    for (String p : particles(g, i)) {
      Optional<TriggerEntry> e = lexicon.lookup(g.lemma(i) + "_" + p, true, objects);
      if (e.isPresent()) {
        return e;
      }
    }
    for (int o : g.children(i, "obj")) {
      if (g.children(o, "det").isEmpty()) {
        Optional<TriggerEntry> e = lexicon.lookup(g.lemma(i) + "_" + g.lemma(o), true, objects);
        if (e.isPresent()) {
          return e;
        }
      }
    }
    return lexicon.lookup(g.lemma(i), true, objects);
  }

  /**
   * The particles of a phrasal verb: its {@code compound:prt} dependents, a particle-like adverb ("set ablaze",
   * "pulled back"), and the particle of an "out of" oblique a parser folds into the preposition ("pull its troops
   * out of the region" is {@code pull_out}).
   */
  static List<String> particles(DepGraph g, int i) {
    List<String> out = new ArrayList<>();
    for (int p : g.children(i, "compound:prt")) {
      out.add(g.lemma(p));
    }
    for (int a : g.children(i, "advmod")) {
      if (PARTICLE_ADVERBS.contains(g.lemma(a).toLowerCase(java.util.Locale.ROOT))) {
        out.add(g.lemma(a).toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (int o : g.children(i, "obl")) {
      String rel = relationOf(g, i, o);
      if (rel.equals("obl:out_of")) {
        out.add("out");
      }
    }
    return out;
  }

  private static final Set<String> PARTICLE_ADVERBS = Set.of("ablaze", "alight", "out", "back", "down", "off");

  /** Event nouns carried by a light verb: its object, or the noun after "start/series of" in the object. */
  private Map<Integer, Integer> hostedNouns(DepGraph g) {
    Map<Integer, Integer> hosted = new HashMap<>();
    for (int i = 0; i < g.size(); i++) {
      if (!g.token(i).isVerb()) {
        continue;
      }
      Optional<TriggerEntry> e = verbEntry(g, i);
      if (e.isEmpty() || !e.get().isLight()) {
        continue;
      }
      for (int o : hostCandidates(g, i)) {
        if (nounEntry(g, o).isPresent()) {
          hosted.put(o, i);
        } else {
          for (int n : g.children(o, "nmod:of", "compound", "dep")) {
            if (nounEntry(g, n).isPresent()) {
              hosted.put(n, i);
            }
          }
        }
      }
    }
    return hosted;
  }

  /**
   * The nouns a light verb may carry: its object or passive subject, and for verbs of taking part the noun of
   * their "in" phrase ("took part in marches", "participated in a vigil").
   */
  private List<Integer> hostCandidates(DepGraph g, int verb) {
    List<Integer> out = new ArrayList<>(g.children(verb, "obj", "nsubj:pass"));
    if (PARTICIPATION.contains(g.lemma(verb)) || g.children(verb, "obj").stream().anyMatch(o -> g.lemma(o)
        .equals("part"))) {
      for (int o : g.children(verb, "obl")) {
        if (g.marker(o).equals("in")) {
          out.add(o);
        }
      }
      for (int o : g.children(verb, "obj")) {
        out.addAll(g.children(o, "nmod:in"));
      }
    }
    return out;
  }

  private static final Set<String> PARTICIPATION = Set.of("participate", "join_in", "partake");

  /**
   * The word a tokenizer split at its hyphens ("sit - in", "die - in"), read back from the surface when the
   * pieces touch: the noun and the piece after it, or the piece before it.
   */
  static List<String> hyphenated(DepGraph g, int i) {
    List<String> out = new ArrayList<>();
    if (touchingHyphen(g, i, i + 1)) {
      out.add((g.token(i).text() + "-" + g.token(i + 2).text()).toLowerCase(java.util.Locale.ROOT));
    }
    if (touchingHyphen(g, i - 2, i - 1)) {
      out.add((g.token(i - 2).text() + "-" + g.token(i).text()).toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  private static boolean touchingHyphen(DepGraph g, int left, int hyphen) {
    if (left < 0 || hyphen + 1 >= g.size() || !g.token(hyphen).text().equals("-")) {
      return false;
    }
    return g.token(left).span().end() == g.token(hyphen).span().start()
        && g.token(hyphen).span().end() == g.token(hyphen + 1).span().start();
  }

  /**
   * The lexicon entry of an event noun, selected by its modifiers, itself, and {@code host:<verb>} for the verb it
   * is the object of or that carries it ("declared a ceasefire": {@code host:declare}).
   */
  private Optional<TriggerEntry> nounEntry(DepGraph g, int i) {
    Set<String> mods = new LinkedHashSet<>();
    for (int m : g.children(i, "compound", "amod", "nmod")) {
      mods.add(g.lemma(m));
    }
    mods.add(g.lemma(i));
    g.head(i).filter(d -> DepGraph.matches(d.relation(), "obj", "nsubj:pass") && d.governor() >= 0)
        .ifPresent(d -> mods.add("host:" + g.lemma(d.governor())));
    g.head(i).filter(d -> DepGraph.matches(d.relation(), "nmod:of") && d.governor() >= 0)
        .flatMap(d -> g.head(d.governor())).filter(d -> DepGraph.matches(d.relation(), "obj") && d.governor() >= 0)
        .ifPresent(d -> mods.add("host:" + g.lemma(d.governor())));
    Optional<TriggerEntry> e = Optional.empty();
    for (String word : hyphenated(g, i)) {
      e = e.or(() -> lexicon.lookup(word, false, mods));
    }
    e = e.or(() -> lexicon.lookup(g.lemma(i), false, mods));
    return e.filter(x -> !x.isLight() && !x.isSay() && !x.isNone());
  }

  private Optional<Candidate> verb(DepGraph g, int i, Map<Integer, Integer> hosted) {
    if (toTheStreets(g, i)) {
      return Optional.of(new Candidate(i, -1, PloverType.PROTEST, "demo", null, "pattern:to-the-streets", false,
          false));
    }
    Optional<TriggerEntry> e = verbEntry(g, i);
    if ((e.isPresent() && e.get().isNone()) || isAttributive(g, i)) {
      return Optional.empty();
    }
    if (e.isPresent() && e.get().isSay()) {
      return threat(g, i);
    }
    if (e.isPresent() && e.get().isLight()) {
      return hosted.containsValue(i) ? Optional.empty() : demand(g, i).or(() -> lightCameoCandidate(g, i));
    }
    if (e.isPresent() && PROMISES.contains(g.lemma(i)) && e.get().objects().isEmpty()) {
      return Optional.of(promise(g, i, e.get()));
    }
    if (e.isPresent()) {
      TriggerEntry t = e.get();
      return Optional.of(new Candidate(i, -1, t.type(), t.mode(), t.acled(), t.rule(), false, false));
    }
    if (isArmedDeparture(g, i)) {
      return Optional.of(new Candidate(i, -1, PloverType.RETREAT, "withdraw", null, "pattern:armed-departure", false,
          false));
    }
    if (reportsAClause(g, i)) {
      Optional<Candidate> spoken = cameoCandidate(g, i).filter(c -> SPOKEN_TYPES.contains(c.type()));
      return spoken.isPresent() ? spoken : threat(g, i);
    }
    return demand(g, i).or(() -> cameoCandidate(g, i));
  }

  private static final Set<String> STREET_MOVES = Set.of("take", "return", "pour", "flood", "spill", "go", "come",
      "head", "throng", "fill", "hit");
  private static final Set<String> STREETS = Set.of("street", "streets");

  /**
   * "Took to the streets", "returned to the streets", "poured into the streets": a crowd going out onto the streets
   * is a demonstration (CAMEO 141), whatever the verb of movement.
   */
  static boolean toTheStreets(DepGraph g, int i) {
    if (!STREET_MOVES.contains(g.lemma(i))) {
      return false;
    }
    for (int o : g.children(i, "obl", "obj")) {
      String m = g.marker(o);
      boolean onto = m.equals("to") || m.equals("into") || m.equals("onto") || m.isEmpty();
      boolean object = m.isEmpty() && g.token(o).pos().equals("NNS") && !g.children(o, "det").isEmpty();
      if (STREETS.contains(g.lemma(o).toLowerCase(java.util.Locale.ROOT)) && onto && (!m.isEmpty() || object)) {
        return true;
      }
    }
    return false;
  }

  /** Types an utterance with a clause complement can itself be ("complained that", "regretted that"). */
  private static final Set<PloverType> SPOKEN_TYPES = Set.of(PloverType.ACCUSE, PloverType.REJECT,
      PloverType.REQUEST, PloverType.THREATEN, PloverType.AGREE);

  /**
   * A verb our lexicon does not know that takes a finite clause with its own subject as complement ("admitted
   * it had a program", "revealed that troops had left") reports that clause: it is read like a speech verb (no
   * event of its own, but it may state a threat or a demand), unless CAMEO codes it as an utterance of one of
   * the {@link #SPOKEN_TYPES} ("complained that" is ACCUSE).
   */
  static boolean reportsAClause(DepGraph g, int i) {
    return g.children(i, "ccomp").stream().anyMatch(c -> !g.children(c, "nsubj", "nsubj:pass").isEmpty());
  }

  /**
   * A verb with a subject whose complement clause says someone must or should act ("declared that China must
   * drop barriers", "concluded that developed nations must allocate", "issued a reminder that it must cooperate"):
   * a REQUEST (CAMEO 10, demand) by the subject, whatever the verb of saying or concluding.
   */
  static Optional<Candidate> demand(DepGraph g, int verb) {
    if (g.children(verb, "nsubj").isEmpty()) {
      return Optional.empty();
    }
    for (int c : g.children(verb, "ccomp")) {
      if (g.children(c, "aux").stream().anyMatch(a -> OBLIGING_AUX.contains(g.lemma(a)))) {
        return Optional.of(new Candidate(verb, -1, PloverType.REQUEST, null, null, "pattern:demand-statement",
            false, false));
      }
    }
    return Optional.empty();
  }

  private static final Set<String> MATERIAL_YIELDS = Set.of("territory", "town", "city", "village", "area",
      "region", "province", "district", "land", "ground", "control", "position", "base", "stronghold", "post",
      "outpost", "checkpoint", "weapon", "arm", "gun", "rifle", "ammunition", "property", "asset", "prisoner",
      "hostage", "captive", "detainee", "island", "border", "airport", "port");
  private static final Set<String> ARMED_SUBJECTS = Set.of("troop", "troops", "force", "army", "soldier", "rebel", "fighter",
      "militant", "militia", "guerrilla", "guerilla", "insurgent", "unit", "battalion", "brigade", "division",
      "garrison", "commander", "military");

  /**
   * PLOVER splits CAMEO's YIELD in two: CONCEDE is yielding verbally (easing restrictions, acceding to demands),
   * RETREAT is yielding materially (ground, control, weapons, prisoners; armed forces retreating or surrendering).
   * A CONCEDE reading with a material object or an armed subject ("rebels ceded the town", "the garrison gave up")
   * is a RETREAT.
   */
  static Candidate materialYield(DepGraph g, Candidate c) {
    if (c.type() != PloverType.CONCEDE || c.nominal()) {
      return c;
    }
    boolean material = g.children(c.token(), "obj", "obl").stream().anyMatch(o -> MATERIAL_YIELDS.contains(g.lemma(o)));
    boolean armed = g.children(c.token(), "nsubj").stream().anyMatch(o -> ARMED_SUBJECTS.contains(g.lemma(o)));
    return material || armed ? new Candidate(c.token(), c.host(), PloverType.RETREAT, null, c.acled(),
        c.rule() + "; pattern:material-yield", c.nominal(), c.threat()) : c;
  }

  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  private static final Set<String> DEPARTURES = Set.of("leave", "abandon", "quit", "evacuate", "vacate");
  private static final Set<String> HELD_PLACES = Set.of("town", "city", "village", "area", "region", "province",
      "district", "territory", "base", "position", "stronghold", "post", "outpost", "checkpoint", "airport", "port",
      "border", "country", "zone", "island", "camp", "barrack", "barracks", "headquarters", "neighbourhood",
      "neighborhood", "suburb", "enclave", "pocket", "front", "line", "garrison");

  /**
   * Armed forces leaving a held place ("the troops left the village", "rebels abandoned their positions") is a
   * material retreat (CAMEO 087, de-escalate militarily); the same verbs with civilians leaving are flight, not an
   * event.
   */
  static boolean isArmedDeparture(DepGraph g, int i) {
    if (!DEPARTURES.contains(g.lemma(i))) {
      return false;
    }
    boolean armed = g.children(i, "nsubj").stream().anyMatch(o -> ARMED_SUBJECTS.contains(g.lemma(o)));
    boolean place = g.children(i, "obj").stream().anyMatch(o -> HELD_PLACES.contains(g.lemma(o))
        || PLACE_NER.contains(g.token(o).ner()));
    return armed && place;
  }

  private static final Set<String> PROMISES = Set.of("promise", "pledge", "vow");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  /** Promised acts and objects that announce hostility even where no lexicon codes them ("vowed to avenge"). */
  private static final Set<String> HOSTILE_INTENTS = Set.of("avenge", "resist", "retaliate", "punish", "crush",
      "eliminate", "confront", "eradicate", "defeat", "revenge", "retaliation", "reprisal", "resistance", "struggle",
      "jihad", "war", "vengeance");
  /** Promised acts that make a promise a threat; a promised deployment ("pledged to send troops") is not one. */
  private static final Set<String> COERCIVE_CONTENT = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST",
      "THREATEN");

  /**
   * A promise is coded by what it promises (PLOVER codes stated intentions by what they express): a promised
   * coercive act ("vowed to retaliate", "vowed revenge") is THREATEN, a promise not to yield ("vowed not to
   * return the Golan Heights") is REJECT, any other promise ("pledged to hold elections") is AGREE; a CAMEO
   * pattern for the promised object decides first ("vowed support" is CAMEO 051, SUPPORT).
   */
  private Candidate promise(DepGraph g, int i, TriggerEntry t) {
    String rule = t.rule() + "; pattern:promise";
    Optional<CameoCoding> byObject = cameo.objectCode(g.lemma(i), g.children(i, "obj").stream().map(g::lemma)
        .toList(), nearLemmas(g, i)).flatMap(ontology::cameo);
    if (byObject.isPresent()) {
      return new Candidate(i, -1, byObject.get().type(), byObject.get().mode(), null, rule, false, false);
    }
    for (int c : g.children(i, "xcomp", "ccomp", "obj")) {
      String content = contentKind(g, c);
      boolean negated = g.children(c, "advmod", "neg", "det").stream().anyMatch(n -> NEGATORS.contains(g.lemma(n)));
      if (COERCIVE_CONTENT.contains(content) || HOSTILE_INTENTS.contains(g.lemma(c))) {
        return new Candidate(i, -1, PloverType.THREATEN, null, null, rule, false, false);
      }
      if (negated && g.token(c).isVerb()) {
        return new Candidate(i, -1, PloverType.REJECT, null, null, rule, false, false);
      }
    }
    return new Candidate(i, -1, PloverType.AGREE, null, null, rule, false, false);
  }

  /** The lexicon or CAMEO kind of a promised act: a verb, the event noun of a light verb, or a noun. */
  private String contentKind(DepGraph g, int c) {
    if (!g.token(c).isVerb()) {
      return nounEntry(g, c).map(TriggerEntry::kind).orElse("");
    }
    Optional<TriggerEntry> e = verbEntry(g, c);
    if (e.isPresent() && e.get().isLight()) {
      return g.children(c, "obj").stream().map(o -> nounEntry(g, o).map(TriggerEntry::kind).orElse(""))
          .filter(k -> !k.isEmpty()).findFirst().orElse("");
    }
    if (e.isPresent()) {
      return e.get().kind();
    }
    return cameo.code(g.lemma(c), objectLemmas(g, c), nearLemmas(g, c)).flatMap(ontology::cameo)
        .map(x -> x.type().name()).orElse("");
  }

  /**
   * A participle used as a modifier, not as a clause: hyphenated ("foreign-backed militants", "a long-threatened
   * invasion") or an adjectival modifier of a noun ("the besieged town"). It names an attribute, not an event.
   */
  static boolean isAttributive(DepGraph g, int i) {
    String pos = g.token(i).pos();
    if (!pos.equals("VBN") && !pos.equals("VBG")) {
      return false;
    }
    boolean hyphenated = i > 0 && g.token(i - 1).text().equals("-")
        && g.token(i - 1).span().end() == g.token(i).span().start();
    boolean modifier = g.head(i).map(d -> DepGraph.matches(d.relation(), "amod", "compound")).orElse(false);
    return hyphenated || modifier;
  }

  /**
   * CAMEO fallback, only for finite or infinitival clause heads with a subject or object: participles used as
   * modifiers ("so-called", "Ankara-backed", "a zone that surrounds") are not events.
   */
  private Optional<Candidate> cameoCandidate(DepGraph g, int i) {
    boolean modifier = g.head(i).map(d -> DepGraph.matches(d.relation(), "amod", "acl", "compound", "dep"))
        .orElse(false);
    boolean hasArgs = !g.children(i, "nsubj", "obj").isEmpty();
    boolean intentGovernor = INTENT_VERBS.contains(g.lemma(i)) && !g.children(i, "xcomp").isEmpty();
    if (modifier || !hasArgs || intentGovernor || g.lemma(i).equals("be") || g.lemma(i).equals("have")) {
      return Optional.empty();
    }
    return cameo.code(g.lemma(i), objectLemmas(g, i), nearLemmas(g, i))
        .flatMap(ontology::cameo)
        .map(c -> new Candidate(i, -1, c.type(), c.mode(), null, "cameo:" + c.cameo(), false, false));
  }

  /**
   * A light verb without an event noun ("took several steps", "made a statement") is coded by CAMEO only through
   * an object pattern ("took control" is CAMEO 192): its block default (TAKE is 171, seize) says nothing.
   */
  private Optional<Candidate> lightCameoCandidate(DepGraph g, int i) {
    return cameoCandidate(g, i).filter(c -> cameo.objectCode(g.lemma(i), objectLemmas(g, i), nearLemmas(g, i))
        .isPresent());
  }

  /**
   * A speech verb whose complement clause states a future or possible act under a condition ("may launch ... if
   * ...", "will have no choice but ... if ...") or a future coercive act: a THREATEN event.
   */
  private Optional<Candidate> threat(DepGraph g, int say) {
    if (g.children(say, "nsubj").isEmpty()) {
      return Optional.empty();
    }
    Optional<Candidate> demand = demand(g, say);
    if (demand.isPresent()) {
      return demand;
    }
    for (int c : statementClauses(g, say)) {
      boolean modal = g.children(c, "aux").stream().anyMatch(a -> MODALS.contains(g.lemma(a)));
      boolean condition = g.children(c, "advcl").stream().anyMatch(a -> isCondition(g, a));
      boolean coercive = isCoerciveAct(g, c);
      if (modal && (condition || coercive)) {
        return Optional.of(new Candidate(say, -1, PloverType.THREATEN, coercive ? "violence" : null, null,
            "pattern:conditional-statement", false, true));
      }
    }
    return Optional.empty();
  }

  /**
   * The clauses a speech verb may state: its complements, and (for parses that hang the speech verb below its own
   * content) the verbs above it that follow it in the sentence.
   */
  static List<Integer> statementClauses(DepGraph g, int say) {
    List<Integer> out = new ArrayList<>(g.children(say, "ccomp", "parataxis"));
    int cur = say;
    for (int hops = 0; hops < 3; hops++) {
      var h = g.head(cur);
      if (h.isEmpty()) {
        break;
      }
      cur = h.get().governor();
      if (cur > say && g.token(cur).isVerb()) {
        out.add(cur);
      }
    }
    return out;
  }

  static boolean isCondition(DepGraph g, int clause) {
    return g.children(clause, "mark").stream().anyMatch(m -> Set.of("if", "unless").contains(g.lemma(m)));
  }

  private boolean isCoerciveAct(DepGraph g, int clause) {
    Optional<TriggerEntry> e = verbEntry(g, clause);
    if (e.isPresent() && e.get().isLight()) {
      return g.children(clause, "obj").stream()
          .anyMatch(o -> nounEntry(g, o).map(n -> THREAT_ACTS.contains(n.kind())).orElse(false));
    }
    return e.map(x -> THREAT_ACTS.contains(x.kind())).orElse(false);
  }

  private Optional<Candidate> noun(DepGraph g, int i, Map<Integer, Integer> hosted) {
    Optional<TriggerEntry> e = nounEntry(g, i);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    boolean host = hosted.containsKey(i);
    if (!host && !licensed(g, i)) {
      return Optional.empty();
    }
    TriggerEntry t = e.get();
    if (t.type() == PloverType.MOBILIZE && EXERCISES.contains(g.lemma(i)) && isJoint(g, i, host ? hosted.get(i) : -1)) {
      return Optional.of(new Candidate(i, host ? hosted.get(i) : -1, PloverType.COOPERATE, null, null,
          t.rule() + "; pattern:joint-exercise", true, false));
    }
    return Optional.of(new Candidate(i, host ? hosted.get(i) : -1, t.type(), t.mode(), t.acled(), t.rule(), true,
        false));
  }

  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "maneuver", "manoeuvre", "game",
      "wargame");
  private static final Set<String> JOINT = Set.of("joint", "combined", "bilateral", "trilateral", "multinational",
      "multilateral");

  /**
   * A military exercise held by several parties together is military cooperation (CAMEO 062), not a show of
   * force: "joint/combined/bilateral" exercises, exercises "with" another party, or with coordinated participants
   * ("French and Egyptian warships launched war games").
   */
  static boolean isJoint(DepGraph g, int noun, int host) {
    if (g.children(noun, "amod", "compound").stream().anyMatch(m -> JOINT.contains(g.lemma(m)))
        || !g.children(noun, "nmod:with").isEmpty()) {
      return true;
    }
    int verb = host >= 0 ? host : g.head(noun).filter(d -> d.governor() >= 0).map(d -> d.governor()).orElse(-1);
    if (verb < 0) {
      return false;
    }
    if (!g.children(verb, "obl:with").isEmpty()) {
      return true;
    }
    for (int subj : g.children(verb, "nsubj")) {
      if (!g.children(subj, "conj").isEmpty()
          || g.children(subj, "amod", "compound").stream().anyMatch(m -> !g.children(m, "conj").isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An event noun counts when it has participants, a time, is a clause's subject or object, or is itself the
   * predicate of a clause with a subject ("troops were on high alert").
   */
  private static boolean licensed(DepGraph g, int i) {
    if (!g.children(i, "cop").isEmpty() && !g.children(i, "nsubj").isEmpty()) {
      return true;
    }
    for (var d : g.edges(i)) {
      if (NOUN_LICENSE.contains(d.relation())
          || (d.relation().equals("amod") && g.token(d.dependent()).ner().equals("NATIONALITY"))
          || (d.relation().equals("compound") && g.token(d.dependent()).isProperNoun())) {
        return true;
      }
    }
    return g.head(i).map(d -> DepGraph.matches(d.relation(), "nsubj", "obj")
        && g.token(d.governor()).isVerb()).orElse(false);
  }

  /**
   * Drops an event noun that is the object of a verb event of the same type ("signed a memorandum"), and an
   * agreement noun that is only the theme of another act or a reference ("violated the truce", "demanded a
   * truce", "welcomed the deal", "under the agreement"): an agreement named there is not agreed there.
   */
  private static List<Candidate> mergeNounsIntoVerbs(DepGraph g, List<Candidate> cands) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : cands) {
      boolean merged = c.nominal() && g.head(c.token()).map(d -> cands.stream().anyMatch(v -> !v.nominal()
          && v.token() == d.governor() && v.type() == c.type())).orElse(false);
      if (!merged && !isAgreementTheme(g, c, cands)) {
        out.add(c);
      }
    }
    return out;
  }

  private static final Set<String> REFERRING_CASES = Set.of("under", "per", "according", "accordance", "line",
      "pursuant", "despite", "within");

  private static boolean isAgreementTheme(DepGraph g, Candidate c, List<Candidate> cands) {
    if (!c.nominal() || c.type() != PloverType.AGREE || c.host() >= 0) {
      return false;
    }
    return g.head(c.token()).map(d -> {
      boolean theme = DepGraph.matches(d.relation(), "obj", "nsubj:pass")
          && cands.stream().anyMatch(v -> !v.nominal() && v.token() == d.governor());
      boolean reference = DepGraph.matches(d.relation(), "obl", "nmod") && REFERRING_CASES.contains(g.marker(c.token()));
      return theme || reference;
    }).orElse(false);
  }
}
