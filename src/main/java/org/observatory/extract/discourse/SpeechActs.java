package org.observatory.extract.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Finds speech and report verbs in a sentence and who speaks: the verb's subject in the dependency graph, the
 * subject of the governing clause for participles ("..., stressing that ..."), the object of "according to", or,
 * without a parse, the agent mention next to the verb. Stateless and thread-safe.
 */
public final class SpeechActs {

  private static final int MAX_CLIMB = 3;
  private static final int SURFACE_WINDOW = 4;

  private SpeechActs() {}

  /** Speech acts of {@code s} whose verb lies outside every span of {@code quoted}, in text order. */
  public static List<SpeechAct> in(Sentence s, Mentions m, List<Span> quoted) {
    List<SpeechAct> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (quoted.stream().anyMatch(q -> q.contains(t.span()))) {
        continue;
      }
      if (isAccordingTo(s, t)) {
        accordingTo(s, t, m).ifPresent(out::add);
      } else if (isSpeechVerb(t)) {
        speaker(s, t, m, quoted).ifPresent(out::add);
      }
    }
    return out;
  }

  public static boolean isSpeechVerb(Token t) {
    return t.isVerb() && Lexicon.SPEECH_VERBS.contains(Lexicon.verbLemma(t));
  }

  static boolean isAccordingTo(Sentence s, Token t) {
    return t.text().equalsIgnoreCase("according") && t.index() + 1 < s.tokens().size()
        && s.tokens().get(t.index() + 1).text().equalsIgnoreCase("to");
  }

  private static Optional<SpeechAct> accordingTo(Sentence s, Token according, Mentions m) {
    Optional<Integer> head = s.parents(according.index()).stream()
        .filter(d -> d.relation().equals("case")).map(Dependency::governor).findFirst();
    Span subject;
    String rule;
    if (head.isPresent()) {
      subject = Phrases.spanOf(s, Phrases.collect(s, head.get(), d -> !d.relation().equals("case")
          && !d.relation().startsWith("punct") && !d.relation().startsWith("acl")));
      rule = "dep:according-to";
    } else {
      subject = surfacePhraseAfter(s, according.index() + 2);
      rule = "surface:according-to";
    }
    if (subject == null) {
      return Optional.empty();
    }
    return Optional.of(new SpeechAct(s.index(), according.index(), according.span(), subject, subject, true, rule));
  }

  /** Tokens from {@code from} up to the next comma or the sentence end. */
  private static Span surfacePhraseAfter(Sentence s, int from) {
    int end = from;
    while (end < s.tokens().size() && !Phrases.isPunct(s.tokens().get(end))) {
      end++;
    }
    return end > from ? Phrases.tokens(s, from, end - 1) : null;
  }

  private static Optional<SpeechAct> speaker(Sentence s, Token verb, Mentions m, List<Span> quoted) {
    if (s.dependencies().isEmpty()) {
      return surface(s, verb, m, quoted);
    }
    if (takesNominalObjectOnly(s, verb) || isModifier(s, verb) || isInfinitive(s, verb)) {
      return Optional.empty();
    }
    Optional<Integer> subj = subjectOf(s, verb.index());
    if (subj.isEmpty() && followsClosingQuote(s, verb)) {
      subj = Phrases.children(s, verb.index(), r -> r.equals("obj") || r.equals("nsubj:pass") || r.equals("xcomp")
          || r.equals("dep")).stream().filter(o -> o > verb.index() && s.tokens().get(o).isNoun()).findFirst();
      if (subj.isEmpty()) {
        return surface(s, verb, m, quoted);
      }
    }
    if (subj.isPresent()) {
      int head = subj.get();
      String rule = s.children(verb.index()).stream().anyMatch(d -> d.dependent() == head)
          ? "dep:nsubj" : "dep:governing-clause-subject";
      return resolve(s, verb, head, m, rule);
    }
    return Optional.empty();
  }

  /** "declared the start of an offensive": an act with a nominal object, not speech with content. */
  private static boolean takesNominalObjectOnly(Sentence s, Token verb) {
    if (Lexicon.NOMINAL_CONTENT_VERBS.contains(Lexicon.verbLemma(verb))) {
      return false;
    }
    boolean obj = Phrases.child(s, verb.index(), r -> r.equals("obj")).isPresent();
    boolean clause = Phrases.child(s, verb.index(), r -> r.startsWith("ccomp") || r.equals("parataxis")).isPresent();
    return obj && !clause;
  }

  /** "... to say that ...": an infinitive names speech without reporting any. */
  private static boolean isInfinitive(Sentence s, Token verb) {
    return Phrases.children(s, verb.index(), r -> r.equals("mark")).stream()
        .anyMatch(i -> s.tokens().get(i).text().equalsIgnoreCase("to"));
  }

  /** "a declared attempt": a participle modifying a noun. */
  private static boolean isModifier(Sentence s, Token verb) {
    return s.parents(verb.index()).stream().anyMatch(d -> d.relation().equals("amod"));
  }

  /** The subject of {@code verb}, climbing to the governing clause when the verb has none of its own. */
  static Optional<Integer> subjectOf(Sentence s, int verb) {
    int current = verb;
    for (int step = 0; step <= MAX_CLIMB; step++) {
      Optional<Integer> subj = Phrases.child(s, current, r -> r.equals("nsubj") || r.equals("nsubj:xsubj"));
      if (subj.isPresent()) {
        return subj;
      }
      int from = current;
      Optional<Dependency> up = s.parents(from).stream()
          .filter(d -> d.governor() >= 0 && isClauseLink(d.relation())).findFirst();
      if (up.isEmpty()) {
        return Optional.empty();
      }
      Token parent = s.tokens().get(up.get().governor());
      if (up.get().relation().startsWith("acl") && parent.isNoun()) {
        return Optional.of(parent.index());
      }
      current = parent.index();
    }
    return Optional.empty();
  }

  private static boolean isClauseLink(String relation) {
    return relation.equals("dep") || relation.startsWith("advcl") || relation.equals("xcomp")
        || relation.startsWith("conj") || relation.equals("parataxis") || relation.startsWith("acl");
  }

  /**
   * The speaker of a subject head: the actor or named entity covering the head ("Erdogan", "Brett McGurk" of
   * "Brett McGurk, the former envoy"), else the head with its modifiers ("the official") when the head denotes
   * someone able to speak or is a proper noun.
   */
  private static Optional<SpeechAct> resolve(Sentence s, Token verb, int head, Mentions m, String rule) {
    Token h = s.tokens().get(head);
    if (h.pos().startsWith("PRP")) {
      Optional<Span> antecedent = isSingularPersonal(h) ? m.lastPersonBefore(h.span().start()) : Optional.empty();
      Span speaker = antecedent.orElse(h.span());
      return Optional.of(new SpeechAct(s.index(), verb.index(), verb.span(), speaker, h.span(),
          mainClause(s, verb), antecedent.isPresent() ? rule + "+pronoun" : rule));
    }
    Span subject = Phrases.determinedPhrase(s, head);
    Optional<Span> named = m.actorOverlapping(h.span()).map(a -> new Span(a.start(), a.end()))
        .or(() -> m.entityOverlapping(h.span()).map(e -> e.span()));
    boolean plainSpeech = Lexicon.PLAIN_SPEECH_VERBS.contains(Lexicon.verbLemma(verb)) && h.isNoun();
    if (named.isEmpty() && !h.isProperNoun() && !plainSpeech
        && !Lexicon.AGENT_NOUNS.contains(h.text().toLowerCase())) {
      return Optional.empty();
    }
    return Optional.of(new SpeechAct(s.index(), verb.index(), verb.span(), named.orElse(subject), subject,
        mainClause(s, verb), rule));
  }

  private static boolean isSingularPersonal(Token t) {
    String w = t.text().toLowerCase();
    return w.equals("he") || w.equals("she");
  }

  private static Optional<SpeechAct> surface(Sentence s, Token verb, Mentions m, List<Span> quoted) {
    int lo = Math.max(0, verb.index() - SURFACE_WINDOW);
    int hi = Math.min(s.tokens().size() - 1, verb.index() + SURFACE_WINDOW);
    Span window = Phrases.tokens(s, lo, hi);
    Span best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Span candidate : candidates(m, window)) {
      if (quoted.stream().anyMatch(q -> q.overlaps(candidate))) {
        continue;
      }
      int d = Math.min(Math.abs(candidate.start() - verb.span().end()),
          Math.abs(verb.span().start() - candidate.end()));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new SpeechAct(s.index(), verb.index(), verb.span(), best, best, mainClause(s, verb),
        "surface:adjacent-mention"));
  }

  private static List<Span> candidates(Mentions m, Span window) {
    List<Span> out = new ArrayList<>();
    m.actorsIn(window).forEach(a -> out.add(new Span(a.start(), a.end())));
    m.entities().stream().filter(e -> Mentions.AGENT_TYPES.contains(e.type()) && window.contains(e.span()))
        .forEach(e -> out.add(e.span()));
    return out;
  }

  /**
   * True when the verb carries the whole sentence: it is the root or conjoined with it, it closes the sentence
   * ("..., Presstv reported."), or it follows a closing quotation mark.
   */
  static boolean mainClause(Sentence s, Token verb) {
    if (closesSentence(s, verb) || followsClosingQuote(s, verb)) {
      return true;
    }
    if (s.dependencies().isEmpty()) {
      return verb.index() <= 3;
    }
    int current = verb.index();
    for (int step = 0; step < 4; step++) {
      int from = current;
      if (s.root().map(r -> r == from).orElse(false)) {
        return true;
      }
      Optional<Dependency> up = s.parents(from).stream()
          .filter(d -> d.relation().startsWith("conj") || d.relation().equals("parataxis")).findFirst();
      if (up.isEmpty()) {
        return false;
      }
      current = up.get().governor();
    }
    return false;
  }

  private static boolean closesSentence(Sentence s, Token verb) {
    for (int i = verb.index() + 1; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      boolean trailer = Phrases.isPunct(t) || t.pos().equals("RB") || t.pos().equals("IN")
          || t.pos().equals("NNP") || t.ner().equals("DATE");
      if (!trailer) {
        return false;
      }
    }
    return true;
  }

  private static boolean followsClosingQuote(Sentence s, Token verb) {
    for (int i = verb.index() - 1; i >= 0 && i >= verb.index() - 6; i--) {
      String w = s.tokens().get(i).text();
      if (w.equals("”") || w.equals("''") || w.equals("\"") || w.equals("»")) {
        return true;
      }
    }
    return false;
  }
}
