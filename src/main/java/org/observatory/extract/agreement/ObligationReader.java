package org.observatory.extract.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Dates;
import org.observatory.extract.discourse.Phrases;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.DateValue;
import org.observatory.record.Obligation;
import org.observatory.record.TimeExpression;

/**
 * Reads obligations from a sentence that mentions an agreement: verbs under "supposed/required/obliged to",
 * "have/had/having to", "must/shall/should"; the obliged party (the subject as the text names it: "Takfiri
 * groups", "YPG militants"), the action (the verb up to its
 * deadline phrase) and the deadline: an explicit date from {@code TIMES}, a duration after the signing ("within
 * 150 hours"), or an offset from the previous deadline of the same sentence ("two days earlier").
 */
final class ObligationReader {

  static final Set<String> OBLIGING = Set.of("suppose", "require", "oblige", "obligate", "commit", "bind",
      "agree", "pledge");
  static final Set<String> MODALS = Set.of("must", "shall", "should");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(earlier|before|prior|later|after)\\s*$");
  private static final Set<String> WITHIN = Set.of("within", "in", "after");

  private final String text;
  private final List<TimeExpression> times;

  ObligationReader(String text, List<TimeExpression> times) {
    this.text = text;
    this.times = times;
  }

  /** An obligation and the token index of its verb. */
  record Found(int verb, Obligation obligation) {}

  /**
   * Obligations of the sentence, in text order.
   *
   * @param signedAt the signing date of the agreement owning the obligation starting at a verb index; anchors
   *     durations ("within 150 hours"); may return null
   */
  List<Found> read(Sentence s, java.util.function.IntFunction<DateValue> signedAt) {
    List<Integer> verbs = obligationVerbs(s);
    List<Found> out = new ArrayList<>();
    DateValue previous = null;
    for (int v : verbs) {
      Set<Integer> clause = clause(s, v, verbs);
      DateValue deadline = deadline(s, clause, signedAt.apply(v), previous);
      out.add(new Found(v, new Obligation(party(s, v).orElse(null), action(s, v, clause), deadline)));
      if (deadline != null && deadline.value() != null) {
        previous = deadline;
      }
    }
    return out;
  }

  /** Token indices of the verbs that carry an obligation, in text order. */
  static List<Integer> obligationVerbs(Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!t.isVerb() || MODALS.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (s.dependencies().isEmpty() ? surfaceObliged(s, t.index()) : parsedObliged(s, t.index())) {
        out.add(t.index());
      }
    }
    return out;
  }

  private static boolean parsedObliged(Sentence s, int v) {
    boolean haveTo = Phrases.children(s, v, r -> r.equals("aux")).stream()
        .anyMatch(a -> s.tokens().get(a).lemma().equalsIgnoreCase("have"))
        && Phrases.children(s, v, r -> r.equals("mark")).stream()
        .anyMatch(a -> s.tokens().get(a).text().equalsIgnoreCase("to"));
    boolean modal = Phrases.children(s, v, r -> r.equals("aux")).stream()
        .anyMatch(a -> MODALS.contains(s.tokens().get(a).text().toLowerCase(Locale.ROOT)));
    boolean underObliging = s.parents(v).stream().anyMatch(d -> d.relation().equals("xcomp") && d.governor() >= 0
        && OBLIGING.contains(s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT)));
    boolean haveXcomp = s.parents(v).stream().anyMatch(d -> d.relation().equals("xcomp") && d.governor() >= 0
        && s.tokens().get(d.governor()).lemma().equalsIgnoreCase("have"));
    return haveTo || modal || underObliging || haveXcomp;
  }

  private static boolean surfaceObliged(Sentence s, int v) {
    if (!s.tokens().get(v).pos().equals("VB") || v < 1) {
      return false;
    }
    String prev = s.tokens().get(v - 1).text().toLowerCase(Locale.ROOT);
    if (MODALS.contains(prev)) {
      return true;
    }
    if (!prev.equals("to") || v < 2) {
      return false;
    }
    Token before = s.tokens().get(v - 2);
    String lemma = before.lemma().toLowerCase(Locale.ROOT);
    return lemma.equals("have") || OBLIGING.contains(lemma);
  }

  /** The verb's own clause: its subtree without the clauses of other obligation verbs. */
  private static Set<Integer> clause(Sentence s, int v, List<Integer> verbs) {
    if (s.dependencies().isEmpty()) {
      Set<Integer> out = new HashSet<>();
      int next = verbs.stream().filter(o -> o > v).findFirst().orElse(s.tokens().size());
      for (int i = v; i < next; i++) {
        out.add(i);
      }
      return out;
    }
    Set<Integer> others = new HashSet<>(verbs);
    others.remove(v);
    return Phrases.collect(s, v, d -> !others.contains(d.dependent()) && !d.relation().startsWith("nsubj")
        && !d.relation().startsWith("ccomp"));
  }

  private Optional<String> party(Sentence s, int v) {
    Optional<Integer> subj = s.dependencies().isEmpty() ? surfaceSubject(s, v) : parsedSubject(s, v);
    return subj.map(h -> Phrases.corePhrase(s, h).of(text));
  }

  private static Optional<Integer> parsedSubject(Sentence s, int v) {
    Optional<Integer> own = Phrases.child(s, v, r -> r.startsWith("nsubj"));
    if (own.isPresent()) {
      return own;
    }
    for (Dependency d : s.parents(v)) {
      if (d.governor() >= 0 && (d.relation().equals("xcomp") || d.relation().startsWith("advcl"))) {
        Optional<Integer> up = Phrases.child(s, d.governor(), r -> r.startsWith("nsubj"));
        if (up.isPresent()) {
          return up;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> surfaceSubject(Sentence s, int v) {
    for (int i = v - 1; i >= 0; i--) {
      if (s.tokens().get(i).isNoun()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** From the verb up to its deadline phrase, a comma or the clause end ("pull out heavy arms"). */
  private String action(Sentence s, int v, Set<Integer> clause) {
    int end = v;
    for (int i = v + 1; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      boolean stop = !clause.contains(i) || t.text().equals(",") || t.pos().equals(".")
          || Dates.overlapping(times, t.span()).isPresent() || startsDeadline(s, i);
      if (stop) {
        break;
      }
      end = i;
    }
    return MentionFinder.tokensText(s, v, end);
  }

  private boolean startsDeadline(Sentence s, int i) {
    String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
    boolean preposition = w.equals("by") || w.equals("within") || w.equals("before") || w.equals("until");
    return preposition && i + 1 < s.tokens().size()
        && Dates.overlapping(times, s.tokens().get(i + 1).span()).isPresent();
  }

  private DateValue deadline(Sentence s, Set<Integer> clause, DateValue signed, DateValue previous) {
    for (TimeExpression t : Dates.in(times, s.span())) {
      boolean inClause = s.tokensIn(new Span(t.start(), t.end())).stream().anyMatch(k -> clause.contains(k.index()));
      if (inClause) {
        return resolve(s, t, signed, previous);
      }
    }
    return null;
  }

  /** One deadline expression, resolved by the rules in the class comment. */
  DateValue resolve(Sentence s, TimeExpression t, DateValue signed, DateValue previous) {
    Matcher rel = RELATIVE.matcher(t.text());
    Optional<Amount> amount = Amount.fromIso(t.value()).or(() -> Amount.fromText(t.text()));
    if (rel.find() && amount.isPresent()) {
      int sign = rel.group(1).equalsIgnoreCase("later") || rel.group(1).equalsIgnoreCase("after") ? 1 : -1;
      DateValue anchor = previous != null ? previous : signed;
      return DeadlineMath.shift(anchor, amount.get(), sign, t.text(), "anchor")
          .orElseGet(() -> "anchor".equals(t.derivation()) ? DateValue.of(t) : DateValue.unresolved(t.text()));
    }
    if ("DURATION".equals(t.type()) && amount.isPresent()) {
      String before = wordBefore(s, t.start());
      String phrase = before.isEmpty() ? t.text() : before + " " + t.text();
      if (WITHIN.contains(before)) {
        return DeadlineMath.shift(signed, amount.get(), 1, phrase, "duration")
            .orElseGet(() -> new DateValue(null, "unresolved", phrase, "duration", null, null));
      }
      return new DateValue(null, "unresolved", phrase, "duration", null, null);
    }
    return DateValue.of(t);
  }

  private static String wordBefore(Sentence s, int offset) {
    String w = "";
    for (Token t : s.tokens()) {
      if (t.span().end() <= offset) {
        w = t.text().toLowerCase(Locale.ROOT);
      }
    }
    return w;
  }
}
