package org.observatory.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Dates;
import org.observatory.extract.discourse.Mentions;
import org.observatory.extract.discourse.Phrases;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * Reads, from an agreement mention's own sentence, its brokers ("US-brokered", "brokered by Russia and Turkey"),
 * its parties ("between A and B", the subjects of "signed"/"reached"/"agreed", "signed by A and B") and the date
 * it was signed or began (the time expression attached to that verb).
 */
final class PartyReader {

  static final Set<String> SIGN_VERBS = Set.of("sign", "conclude", "reach", "strike", "ink", "agree", "seal",
      "negotiate", "initial", "endorse", "approve", "adopt", "accept", "declare", "announce", "begin", "start");
  /** Verbs whose subject is the agreement itself when it starts ("the truce began on ..."). */
  static final Set<String> START_VERBS = Set.of("begin", "start", "take", "come", "go", "enter");
  static final Set<String> BROKER_WORDS = Set.of("brokered", "mediated", "sponsored", "negotiated", "facilitated",
      "guaranteed");

  /** What the sentence says about one mention. */
  record Reading(List<String> parties, List<String> brokers, DateValue signed, Span signedBy) {}

  private final PartyNames names;
  private final Mentions mentions;
  private final List<TimeExpression> times;

  PartyReader(PartyNames names, Mentions mentions, List<TimeExpression> times) {
    this.names = names;
    this.mentions = mentions;
    this.times = times;
  }

  Reading read(Sentence s, AgreementMention m) {
    List<String> brokers = new ArrayList<>(leftBrokers(s, m));
    brokers.addAll(byPhrase(s, m, BROKER_WORDS));
    Set<String> parties = new LinkedHashSet<>(between(s, m));
    Optional<Integer> verb = signingVerb(s, m);
    verb.ifPresent(v -> parties.addAll(signers(s, v, m.head())));
    parties.addAll(byPhrase(s, m, Set.of("signed", "concluded", "agreed", "reached")));
    DateValue signed = verb.flatMap(v -> dateOf(s, v)).orElse(null);
    Span signedBy = verb.map(v -> s.tokens().get(v).span()).orElse(null);
    return new Reading(List.copyOf(parties), List.copyOf(new LinkedHashSet<>(brokers)), signed, signedBy);
  }

  /** "US-brokered truce": the name left of a hyphenated broker word. */
  private List<String> leftBrokers(Sentence s, AgreementMention m) {
    int first = Phrases.firstTokenFrom(s, m.span().start());
    List<String> out = new ArrayList<>();
    for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
      Token t = s.tokens().get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (BROKER_WORDS.contains(w) && i >= 2 && s.tokens().get(i - 1).pos().equals("HYPH")) {
        out.add(names.name(s.tokens().get(i - 2).span()));
        break;
      }
      int dash = w.lastIndexOf('-');
      if (dash > 0 && BROKER_WORDS.contains(w.substring(dash + 1))) {
        out.add(names.name(new Span(t.span().start(), t.span().start() + dash)));
        break;
      }
    }
    return out;
  }

  /** "ceasefire brokered by Russia and Turkey": actors after "&lt;word&gt; by" up to the clause end. */
  private List<String> byPhrase(Sentence s, AgreementMention m, Set<String> words) {
    int i = Phrases.firstTokenFrom(s, m.span().end());
    if (i + 1 >= s.tokens().size() || !words.contains(s.tokens().get(i).text().toLowerCase(Locale.ROOT))
        || !s.tokens().get(i + 1).text().equalsIgnoreCase("by")) {
      return List.of();
    }
    return conjuncts(s, i + 2);
  }

  /** "truce between Turkish and Kurdish-led forces": the parties of the between-phrase. */
  private List<String> between(Sentence s, AgreementMention m) {
    int i = Phrases.firstTokenFrom(s, m.span().end());
    if (i >= s.tokens().size() || !s.tokens().get(i).text().equalsIgnoreCase("between")) {
      return List.of();
    }
    return conjuncts(s, i + 1);
  }

  /** Names of the conjuncts from token {@code from} to the clause end ("A, B and C"). */
  private List<String> conjuncts(Sentence s, int from) {
    int end = from;
    while (end < s.tokens().size() && !endsPhrase(s.tokens().get(end))) {
      end++;
    }
    if (end == from) {
      return List.of();
    }
    List<Span> parts = new ArrayList<>();
    int start = from;
    for (int i = from; i <= end; i++) {
      boolean split = i == end || s.tokens().get(i).text().equalsIgnoreCase("and")
          || s.tokens().get(i).text().equals(",");
      if (split) {
        if (i > start) {
          parts.add(Phrases.tokens(s, start, i - 1));
        }
        start = i + 1;
      }
    }
    List<String> out = new ArrayList<>();
    for (Span p : parts) {
      out.add(names.name(p));
    }
    return out;
  }

  private static boolean endsPhrase(Token t) {
    return t.isVerb() && !t.pos().equals("VBN") || t.pos().equals(".") || t.pos().equals(":")
        || t.pos().equals("WDT") || t.pos().equals("IN")
        && !t.text().equalsIgnoreCase("of");
  }

  /** The verb of which the mention is the object ("signed a memorandum", "reached a deal", "agreed on a truce"). */
  private static Optional<Integer> signingVerb(Sentence s, AgreementMention m) {
    for (Dependency d : s.parents(m.head())) {
      if (d.governor() >= 0 && isSignVerb(s.tokens().get(d.governor()))
          && (d.relation().equals("obj") || d.relation().startsWith("obl") || d.relation().equals("nsubj:pass")
          || d.relation().equals("nsubj") && START_VERBS.contains(s.tokens().get(d.governor()).lemma()))) {
        return Optional.of(d.governor());
      }
    }
    for (Dependency d : s.children(m.head())) {
      if (d.relation().startsWith("acl") && isSignVerb(s.tokens().get(d.dependent()))) {
        return Optional.of(d.dependent());
      }
    }
    if (s.dependencies().isEmpty()) {
      for (int i = m.head() - 1; i >= 0; i--) {
        if (isSignVerb(s.tokens().get(i))) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSignVerb(Token t) {
    return t.isVerb() && SIGN_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The subjects of the signing verb and their conjuncts, or, unparsed, the actors before it in its clause. */
  private List<String> signers(Sentence s, int verb, int agreementHead) {
    Set<Integer> heads = new LinkedHashSet<>(Phrases.children(s, verb, r -> r.equals("nsubj")));
    heads.remove(agreementHead);
    for (int h : List.copyOf(heads)) {
      heads.addAll(Phrases.children(s, h, r -> r.startsWith("conj")));
    }
    List<String> out = new ArrayList<>();
    if (!s.dependencies().isEmpty()) {
      heads.stream().sorted().forEach(h -> out.add(names.name(mentions.actorOverlapping(s.tokens().get(h).span())
          .map(a -> new Span(a.start(), a.end())).orElse(Phrases.corePhrase(s, h)))));
      return out;
    }
    int from = verb;
    while (from > 0 && !s.tokens().get(from - 1).text().equals(",")) {
      from--;
    }
    if (from < verb) {
      mentions.actorsIn(Phrases.tokens(s, from, verb - 1))
          .forEach(a -> out.add(names.name(new Span(a.start(), a.end()))));
    }
    return out;
  }

  /** The time expression attached to {@code verb} ("On October 22, ... signed"), as the time stage dated it. */
  private Optional<DateValue> dateOf(Sentence s, int verb) {
    for (TimeExpression t : Dates.in(times, s.span())) {
      if (!t.hasCalendarValue()) {
        continue;
      }
      Span span = new Span(t.start(), t.end());
      for (Token tok : s.tokensIn(span)) {
        boolean attached = s.parents(tok.index()).stream().anyMatch(d -> d.governor() == verb
            && (d.relation().startsWith("obl") || d.relation().contains("tmod")));
        if (attached) {
          return Optional.of(DateValue.of(t));
        }
      }
    }
    return Optional.empty();
  }
}
