package org.observatory.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.core.Span;

/**
 * Sentence-level composition rules: a state name or demonym with an agent noun ("Turkish military forces",
 * "Syria's Ministry of Foreign Affairs"), a state with a title and a person ("Russian President Vladimir Putin"),
 * coordinated demonyms sharing an agent ("Turkish and Syrian forces"), named groups with an agent ("YPG
 * militants"), metonymy (capitals), and dropping states used as places ("in Syria", "the Syrian territory",
 * "Britain-based"). Immutable and thread-safe.
 */
final class Composer {

  private static final int MAX_BRIDGE = 2;

  private final ActorDictionary dict;
  private final Lexicon lex;

  Composer(ActorDictionary dict) {
    this.dict = dict;
    this.lex = dict.lexicon();
  }

  List<Draft> compose(List<Word> words, List<Candidate> cands, LocalDate date) {
    List<Draft> out = new ArrayList<>();
    int k = 0;
    while (k < cands.size()) {
      k = step(words, cands, k, date, out);
    }
    out.addAll(definiteUnits(words, out));
    out.sort(java.util.Comparator.comparingInt((Draft d) -> d.span().start()));
    return withoutCovered(out);
  }

  /** Drops a draft whose span lies inside another's ("convoy" inside "convoy of Turkish troops"). */
  private static List<Draft> withoutCovered(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      boolean covered = drafts.stream().anyMatch(o -> o != d && o.span().contains(d.span())
          && o.span().length() > d.span().length());
      if (!covered) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * "the column" with a unit noun that is no agent noun by itself: a reference to an earlier unit, resolved by
   * {@link DocumentResolver} (dropped when nothing earlier has that head).
   */
  private List<Draft> definiteUnits(List<Word> words, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      boolean unit = w.pos().startsWith("NN") && (lex.is("unit", w.norm()) || lex.is("unit", w.lemma()));
      Span span = span(words, i, i + 1);
      int start = definiteStart(words, i);
      if (unit && start >= 0 && drafts.stream().noneMatch(d -> d.span().overlaps(span))) {
        out.add(new Draft(span, w.lemma(), null, null, "military", null, "unit",
            EntryKind.DESCRIPTION, null, null, false, w.lemma(), true));
      }
    }
    return out;
  }

  /**
   * The index of the definite determiner before word {@code i} ("the", "this"), allowing up to two adjective or
   * number modifiers between ("the new column"); -1 when there is none.
   */
  private int definiteStart(List<Word> words, int i) {
    int j = i - 1;
    int modifiers = 0;
    while (j >= 0 && modifiers < 2 && (words.get(j).pos().startsWith("JJ") || words.get(j).pos().equals("CD")
        || words.get(j).pos().equals("VBN"))) {
      j--;
      modifiers++;
    }
    return j >= 0 && words.get(j).pos().equals("DT") && lex.is("definite", words.get(j).norm()) ? j : -1;
  }

  /** The unit noun before "of" that starts this agent ("column of military forces"), else -1. */
  private int unitBefore(List<Word> words, int from) {
    if (from < 2 || !words.get(from - 1).norm().equals("of")) {
      return -1;
    }
    Word u = words.get(from - 2);
    return u.pos().startsWith("NN") && (lex.is("unit", u.norm()) || lex.is("unit", u.lemma())) ? from - 2 : -1;
  }

  private static String headOf(List<Word> words, int to) {
    return words.get(to - 1).lemma();
  }

  /** Handles candidate {@code k}, appends drafts, returns the next candidate index. */
  private int step(List<Word> words, List<Candidate> cands, int k, LocalDate date, List<Draft> out) {
    Candidate c = cands.get(k);
    Candidate next = k + 1 < cands.size() ? cands.get(k + 1) : null;
    if (c.isState()) {
      if (next != null && next.isPerson() && onlyTitlesBetween(words, c.to(), next.from())) {
        out.add(person(words, next, c, date));
        return k + 2;
      }
      if (next != null && next.isAgent() && bridges(words, c, next)) {
        out.add(stateAgent(words, c, next, date, "state+agent"));
        return k + 2;
      }
      Candidate shared = sharedAgent(words, cands, k);
      if (shared != null) {
        out.add(stateAgent(words, c, shared, date, "coordination"));
        return k + 1;
      }
      if (!placeUse(words, c) && !coordinatedWithPlace(words, cands, k)) {
        out.add(bareState(words, c, date));
      }
      return k + 1;
    }
    if (c.isPerson()) {
      if (!(c.named() == null && notAPerson(words, c))) {
        out.add(person(words, c, null, date));
      }
      return k + 1;
    }
    if (c.isNamed() && c.kind() == EntryKind.GROUP) {
      if (next != null && next.isAgent() && next.from() == c.to()) {
        out.add(withSpan(group(words, c, date, "dictionary"), words, c.from(), next.to(), "group+agent",
            headOf(words, next.to())));
        return k + 2;
      }
      out.add(group(words, c, date, "dictionary"));
      return k + 1;
    }
    if (c.kind() == EntryKind.DESCRIPTION) {
      DictEntry e = c.named().entry();
      out.add(new Draft(span(words, c.from(), c.to()), e.canonical(), null, null, e.sector(), null, "description",
          EntryKind.DESCRIPTION, e.tag(), null, false, null, false));
      return k + 1;
    }
    if (c.isAgent()) {
      if (standsAlone(words, c, next)) {
        out.add(genericAgent(words, c));
      }
      return k + 1;
    }
    if ("ORGANIZATION".equals(c.ner())) {
      out.add(nerOrganisation(words, c));
    }
    return k + 1;
  }

  /**
   * An agent noun is an actor by itself unless it is only an adjective ("military operation") or only the title
   * of the person that follows ("President Erdogan").
   */
  private boolean standsAlone(List<Word> words, Candidate c, Candidate next) {
    if (words.get(c.to() - 1).pos().startsWith("JJ")) {
      return false;
    }
    boolean titleOfNext = next != null && next.isPerson() && onlyTitlesBetween(words, c.from(), next.from());
    return !titleOfNext;
  }

  private boolean onlyTitlesBetween(List<Word> words, int from, int to) {
    if (to <= from) {
      return to == from;
    }
    for (int i = from; i < to; i++) {
      if (!isTitle(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isTitle(Word w) {
    return "TITLE".equals(w.ner()) || (lex.is("title", w.norm()) && (w.capitalised() || w.norm().equals("of")));
  }

  /** True when the words between a state and an agent are a possessive and at most two modifiers. */
  private boolean bridges(List<Word> words, Candidate state, Candidate agent) {
    if (state.to() < words.size() && words.get(state.to()).afterHyphen()) {
      return false;
    }
    int gap = agent.from() - state.to();
    if (gap < 0 || gap > MAX_BRIDGE + 1) {
      return false;
    }
    int modifiers = 0;
    for (int i = state.to(); i < agent.from(); i++) {
      Word w = words.get(i);
      if (w.norm().equals("'s") || w.norm().equals("'")) {
        continue;
      }
      boolean modifier = (w.pos().startsWith("JJ") || w.pos().startsWith("NN") || w.pos().equals("VBN"))
          && !lex.is("relation", w.norm()) && !lex.is("located", w.norm()) && !lex.is("placenoun", w.norm());
      if (!modifier || ++modifiers > MAX_BRIDGE) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Turkish and Syrian forces", "Turkish and Kurdish-led forces": the agent after the coordinated modifiers that
   * follow this state, if any.
   */
  private Candidate sharedAgent(List<Word> words, List<Candidate> cands, int k) {
    Candidate c = cands.get(k);
    if (c.to() >= words.size() || words.get(c.to()).afterHyphen()) {
      return null;
    }
    String conj = words.get(c.to()).norm();
    if (!(conj.equals("and") || conj.equals("or"))) {
      return null;
    }
    for (int j = k + 1; j < cands.size(); j++) {
      Candidate a = cands.get(j);
      if (a.isAgent()) {
        return a.from() - c.to() - 1 <= MAX_BRIDGE + 1 && modifiersOnly(words, c.to() + 1, a.from()) ? a : null;
      }
      if (!a.isState()) {
        return null;
      }
    }
    return null;
  }

  private static boolean modifiersOnly(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = words.get(i).pos();
      if (!(pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("VBN"))) {
        return false;
      }
    }
    return to > from;
  }

  private Draft stateAgent(List<Word> words, Candidate state, Candidate agent, LocalDate date, String rule) {
    DictEntry e = state.named().entry();
    String country = e.countryOn(date);
    String canonical = country == null ? e.canonical() : dict.countryName(country);
    int end = rule.equals("coordination") ? state.to() : agent.to();
    int unit = rule.equals("coordination") ? -1 : unitBefore(words, state.from());
    int start = unit < 0 ? state.from() : unit;
    String head = headOf(words, unit < 0 ? agent.to() : unit + 1);
    return new Draft(span(words, start, end), canonical, code(country, agent.agent().code()), country,
        agent.agent().sector(), null, rule + ":" + agent.agent().source(), EntryKind.STATE, null, null, true, head,
        false);
  }

  private Draft bareState(List<Word> words, Candidate c, LocalDate date) {
    DictEntry e = c.named().entry();
    String country = e.countryOn(date);
    String canonical = country == null ? e.canonical() : dict.countryName(country);
    boolean capital = e.kind() == EntryKind.CAPITAL;
    String sector = capital || e.sector() != null ? e.sectorOn(date) : "government";
    String code = capital ? e.codeOn(date) : country;
    return new Draft(span(words, c.from(), c.to()), canonical, code, country, sector, null,
        (capital ? "metonymy:" : "state:") + e.source(), e.kind(), null, null, true, null, false);
  }

  private Draft person(List<Word> words, Candidate p, Candidate state, LocalDate date) {
    int titleEnd = p.from();
    int titleStart = titleEnd;
    while (titleStart > 0 && isTitle(words.get(titleStart - 1))) {
      titleStart--;
    }
    while (titleStart < titleEnd && !words.get(titleStart).capitalised()) {
      titleStart++;
    }
    String title = titleStart < titleEnd ? text(words, titleStart, titleEnd) : titleInside(words, p);
    int start = state != null ? state.from() : titleStart;
    String nationality = state == null ? null : state.named().entry().countryOn(date);
    Word last = words.get(p.to() - 1);
    if (p.named() != null) {
      DictEntry e = p.named().entry();
      String country = e.countryOn(date) != null ? e.countryOn(date) : nationality;
      String sector = e.sectorOn(date) == null ? "person" : e.sectorOn(date);
      return new Draft(span(words, start, p.to()), e.canonical(), e.codeOn(date), country, sector, title,
          "person:" + e.source(), EntryKind.PERSON, null, surnameOf(e.canonical()), true, null, false);
    }
    String name = text(words, p.from(), p.to());
    return new Draft(span(words, start, p.to()), name, null, nationality, "person", title, "person:ner",
        EntryKind.PERSON, null, last.norm(), false, null, false);
  }

  /** A title inside a dictionary name ("Russian President Vladimir Putin"), after any nationality word. */
  private String titleInside(List<Word> words, Candidate p) {
    int start = p.from();
    while (start < p.to() - 1 && "NATIONALITY".equals(words.get(start).ner())) {
      start++;
    }
    int i = start;
    while (i < p.to() - 1 && isTitle(words.get(i)) && !"PERSON".equals(words.get(i).ner())) {
      i++;
    }
    return i > start ? text(words, start, i) : null;
  }

  static String surnameOf(String canonical) {
    String[] parts = canonical.split(" ");
    return Norm.word(parts[parts.length - 1]);
  }

  /** A PERSON tag the annotator gave to a place name ("Kafr Lusin border crossing", "through X"). */
  private boolean notAPerson(List<Word> words, Candidate c) {
    if (c.to() < words.size() && lex.is("placenoun", words.get(c.to()).norm())) {
      return true;
    }
    if (c.from() > 0 && lex.is("locprep", words.get(c.from() - 1).norm())) {
      return true;
    }
    return c.to() - c.from() == 1 && lex.is("notactor", words.get(c.from()).norm());
  }

  private Draft group(List<Word> words, Candidate c, LocalDate date, String rule) {
    DictEntry e = c.named().entry();
    return new Draft(span(words, c.from(), c.to()), e.canonical(), e.codeOn(date), e.countryOn(date),
        e.sectorOn(date), null, rule + ":" + e.source(), EntryKind.GROUP, e.tag(), null, true, null, false);
  }

  private Draft withSpan(Draft d, List<Word> words, int from, int to, String rule, String head) {
    return new Draft(span(words, from, to), d.canonical(), d.code(), d.country(), d.sector(), d.title(),
        rule + ":" + d.rule(), d.kind(), d.tag(), d.surname(), d.fromDictionary(), head, false);
  }

  /**
   * A country-less agent noun. A unit noun before "of" joins it ("column of military forces"); an "X-led",
   * "X-backed" modifier joins its canonical ("kurdish-led forces": not the same actor as other forces); after a
   * definite determiner it may refer back ({@link DocumentResolver}).
   */
  private Draft genericAgent(List<Word> words, Candidate c) {
    int unit = unitBefore(words, c.from());
    int from = unit < 0 ? c.from() : unit;
    int modifier = relationModifierStart(words, from);
    String canonical = text(words, modifier < 0 ? from : modifier, c.to()).toLowerCase(Locale.ROOT);
    String head = headOf(words, unit < 0 ? c.to() : unit + 1);
    boolean definite = modifier < 0 && definiteStart(words, from) >= 0;
    String rule = (unit < 0 ? "agent:" : "unit+agent:") + c.agent().source();
    return new Draft(span(words, from, c.to()), canonical, c.agent().code(), null, c.agent().sector(), null, rule,
        EntryKind.GROUP, null, null, false, head, definite);
  }

  /** Start of an "X-led" / "X-backed" modifier right before word {@code from}, else -1. */
  private int relationModifierStart(List<Word> words, int from) {
    if (from < 2) {
      return -1;
    }
    Word rel = words.get(from - 1);
    return rel.afterHyphen() && lex.is("relation", rel.norm()) ? from - 2 : -1;
  }

  private Draft nerOrganisation(List<Word> words, Candidate c) {
    return new Draft(span(words, c.from(), c.to()), text(words, c.from(), c.to()), null, null, null, null,
        "organization:ner", EntryKind.GROUP, null, null, false, null, false);
  }

  /** "in Washington and London": a state or capital coordinated right after one used as a place is a place too. */
  private boolean coordinatedWithPlace(List<Word> words, List<Candidate> cands, int k) {
    Candidate c = cands.get(k);
    if (k == 0 || c.from() < 1) {
      return false;
    }
    Candidate prev = cands.get(k - 1);
    String conj = words.get(c.from() - 1).norm();
    return prev.isState() && prev.to() == c.from() - 1 && (conj.equals("and") || conj.equals("or"))
        && placeUse(words, prev);
  }

  /** True when a state or capital stands for a place here, not for an actor. */
  boolean placeUse(List<Word> words, Candidate c) {
    int after = c.to();
    if (after < words.size() && words.get(after).afterHyphen() && lex.is("located", words.get(after).norm())) {
      return true;
    }
    int p = c.from() - 1;
    while (p >= 0 && (words.get(p).pos().equals("DT") || lex.is("compass", words.get(p).norm()))) {
      if (lex.is("compass", words.get(p).norm())) {
        return true;
      }
      p--;
    }
    boolean modifier = words.get(c.to() - 1).pos().startsWith("JJ")
        || (after < words.size() && (words.get(after).afterHyphen() || words.get(after).norm().startsWith("'")));
    if (!modifier && p >= 0 && lex.is("locprep", words.get(p).norm()) && !words.get(p).pos().equals("TO")) {
      return true;
    }
    return placeNounFollows(words, after);
  }

  private boolean placeNounFollows(List<Word> words, int after) {
    int i = after;
    boolean possessive = i < words.size() && (words.get(i).norm().equals("'s") || words.get(i).norm().equals("'"));
    if (possessive) {
      i++;
    }
    int limit = Math.min(words.size(), i + (possessive ? 4 : 2));
    for (; i < limit; i++) {
      Word w = words.get(i);
      if (lex.is("placenoun", w.norm())) {
        return true;
      }
      if (w.pos().startsWith("VB") && !w.pos().equals("VBN") || w.pos().equals(",") || w.pos().equals("CC")) {
        return false;
      }
    }
    return false;
  }

  private static String code(String country, String agentCode) {
    return country == null ? agentCode : country + agentCode;
  }

  static Span span(List<Word> words, int from, int to) {
    return new Span(words.get(from).span().start(), words.get(to - 1).span().end());
  }

  private static String text(List<Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && !words.get(i).afterHyphen()) {
        b.append(' ');
      } else if (i > from) {
        b.append('-');
      }
      b.append(words.get(i).text());
    }
    return b.toString();
  }
}
