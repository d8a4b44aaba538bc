package org.observatory.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Dependency;
import org.observatory.record.TimeExpression;

/**
 * The time an event without a time of its own shares with a neighbouring clause, the way news phrases a report:
 * <ul>
 *   <li>a conjoined verb ("five were killed and four others were injured on Friday"), in either direction;</li>
 *   <li>the verb that a participle or a when/as/while clause hangs from ("shelled the town on Sunday, killing
 *       three"; "was injured on Sunday when a shell hit the house"), also when the participle hangs from a noun
 *       of that verb's clause, and a result after such a participle ("leaving five dead and ten wounded");</li>
 *   <li>the date a when-clause describes ("in mid-2016, when it sent troops");</li>
 *   <li>for a nominal event, the verb of occurrence it is the subject of ("clashes raged on Thursday", "the attack
 *       took place on Wednesday").</li>
 * </ul>
 * A before/after/since/until clause does not share its governor's time (it lies before or after it), nor does an
 * infinitive (a purpose or a plan). Stateless.
 */
final class ClauseMates {

  private static final Set<String> SHARING_MARKS = Set.of("", "when", "as", "while", "whilst");
  /**
   * Verbs that only say an event happened, went on or began, or that a moving force ("the convoy", "reinforcements")
   * got somewhere: their time is the event's.
   */
  private static final Set<String> OCCURRENCE = Set.of("take", "happen", "occur", "rage", "continue", "erupt",
      "begin", "start", "resume", "break", "intensify", "escalate", "last", "unfold", "end", "arrive", "enter",
      "reach", "cross", "depart", "head");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

  private ClauseMates() {}

  /**
   * The shared time of {@code verb}'s event, if a neighbouring clause has one and the verb's own clause has no
   * "now", "currently" or "recently" ("emerged in 2013 and now controls half the country": controls is not 2013).
   */
  static Optional<TimeExpression> time(DepGraph g, int verb, List<TimeExpression> times) {
    if (EventDater.hasReference(g, verb, times)) {
      return Optional.empty();
    }
    return time(g, verb, times, DEPTH);
  }

  /** Clauses climbed at most ("killed ..., leaving five dead and ten wounded": wounded, leaving, killed). */
  private static final int DEPTH = 3;

  private static Optional<TimeExpression> time(DepGraph g, int verb, List<TimeExpression> times, int depth) {
    if (depth == 0) {
      return Optional.empty();
    }
    Optional<Dependency> head = g.head(verb);
    if (head.isPresent()) {
      Optional<TimeExpression> up = fromGovernor(g, verb, head.get(), times, depth);
      if (up.isPresent()) {
        return up;
      }
    }
    for (int c : g.children(verb, "conj")) {
      Optional<TimeExpression> t = EventDater.attached(g, c, times);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static Optional<TimeExpression> fromGovernor(DepGraph g, int verb, Dependency head,
      List<TimeExpression> times, int depth) {
    int gov = head.governor();
    String rel = head.relation();
    String own = g.token(verb).pos();
    if (DepGraph.matches(rel, "nsubj") && (own.startsWith("NN") || own.equals("VBG"))
        && OCCURRENCE.contains(g.lemma(gov))) {
      return EventDater.attached(g, gov, times);
    }
    if (DepGraph.matches(rel, "acl") && sharesTime(g, verb)) {
      Optional<TimeExpression> described = containing(g, gov, times);
      if (described.isPresent()) {
        return described;
      }
    }
    Optional<Integer> mate = mate(g, verb, rel, gov);
    return mate.flatMap(m -> EventDater.attached(g, m, times).or(() -> time(g, m, times, depth - 1)));
  }

  /**
   * The verb whose time {@code verb} shares: the verb it is conjoined to; the verb its participle or when/as
   * clause hangs from; for a participle on a noun ("clashed with the groups ..., killing an officer"), the verb
   * of that noun's clause; for a result after a participle ("leaving five dead and ten wounded"), the participle.
   */
  private static Optional<Integer> mate(DepGraph g, int verb, String rel, int gov) {
    if (DepGraph.matches(rel, "conj")) {
      return Optional.of(gov);
    }
    if (DepGraph.matches(rel, "advcl", "dep") && sharesTime(g, verb)) {
      return Optional.of(gov);
    }
    if (DepGraph.matches(rel, "acl") && g.token(verb).pos().equals("VBG") && sharesTime(g, verb)) {
      return clauseVerbOf(g, gov);
    }
    String pos = g.token(verb).pos();
    if (DepGraph.matches(rel, "xcomp") && (pos.startsWith("VBN") || pos.startsWith("JJ"))
        && g.token(gov).pos().equals("VBG")) {
      return Optional.of(gov);
    }
    return Optional.empty();
  }

  /** The verb that a noun hangs from through objects, obliques and nominal modifiers (at most three hops). */
  private static Optional<Integer> clauseVerbOf(DepGraph g, int noun) {
    int t = noun;
    for (int hops = 0; hops < 3; hops++) {
      if (g.token(t).isVerb()) {
        return Optional.of(t);
      }
      Optional<Dependency> h = g.head(t);
      if (h.isEmpty() || !DepGraph.matches(h.get().relation(), "obj", "obl", "nmod", "iobj")) {
        return Optional.empty();
      }
      t = h.get().governor();
    }
    return g.token(t).isVerb() ? Optional.of(t) : Optional.empty();
  }

  /**
   * A participle without a marker ("killing three") or a finite clause marked when/as/while; not an infinitive and
   * not a before/after/since/until clause.
   */
  private static boolean sharesTime(DepGraph g, int verb) {
    boolean infinitive = g.children(verb, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
    String mark = g.children(verb, "mark", "advmod").stream().map(g::lemma).filter(SHARING_MARKS::contains)
        .findFirst().orElse("");
    boolean otherMark = g.children(verb, "mark").stream().map(g::lemma).anyMatch(m -> !SHARING_MARKS.contains(m));
    if (infinitive || otherMark) {
      return false;
    }
    String pos = g.token(verb).pos();
    return !mark.isEmpty() || pos.equals("VBG") || pos.equals("VBN");
  }

  /** The DATE/TIME expression whose span holds token {@code gov} ("mid-2016" in "in mid-2016, when ..."). */
  private static Optional<TimeExpression> containing(DepGraph g, int gov, List<TimeExpression> times) {
    Span at = g.token(gov).span();
    return times.stream()
        .filter(t -> TIME_TYPES.contains(t.type()) && t.value() != null)
        .filter(t -> new Span(t.start(), t.end()).contains(at))
        .findFirst();
  }
}
