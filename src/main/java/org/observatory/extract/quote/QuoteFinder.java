package org.observatory.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Mentions;
import org.observatory.extract.discourse.SpeechAct;
import org.observatory.extract.discourse.SpeechActs;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;

/**
 * Finds direct quotations and their speakers. A quote is kept when it has at least {@value #MIN_WORDS} words
 * (shorter ones are scare quotes such as “safe zone”) or a speech clause names its speaker. The speaker comes from
 * the speech act nearest to the quote in the sentence part before the opening mark ("X said: “...”", "according
 * to X, “...”", "..., stressing that ... “...”") or after the closing mark ("“...,” X said on Friday"). Stateless
 * and thread-safe.
 */
public final class QuoteFinder {

  static final int MIN_WORDS = 4;
  static final int CONTINUATION_SENTENCES = 2;

  /** Quotes of the text {@code annotation} was made from, in text order. */
  public List<FoundQuote> find(String text, Annotation annotation, Mentions mentions) {
    List<QuoteSpans.Marked> marks = QuoteSpans.find(text);
    List<Span> quoted = marks.stream().map(QuoteSpans.Marked::marked).toList();
    List<FoundQuote> out = new ArrayList<>();
    FoundQuote previous = null;
    for (QuoteSpans.Marked q : marks) {
      FoundQuote found = attach(q, annotation, mentions, quoted);
      if (found.act().isEmpty() && previous != null && previous.act().isPresent()
          && continues(text, annotation, mentions, previous, found)) {
        SpeechAct a = previous.act().get();
        found = new FoundQuote(found.marked(), found.content(), Optional.of(new SpeechAct(a.sentence(), a.verb(),
            a.verbSpan(), a.speaker(), a.subject(), a.mainClause(), a.rule() + "+continuation")), previous.clause());
      }
      if (found.act().isPresent() || words(found.content().of(text)) >= MIN_WORDS) {
        out.add(found);
      }
      previous = found;
    }
    return out;
  }

  /**
   * True when a quote without a speech clause continues the previous one: it starts at most
   * {@value #CONTINUATION_SENTENCES} sentences later, and no person is named between them outside quotes.
   */
  private static boolean continues(String text, Annotation a, Mentions m, FoundQuote previous, FoundQuote next) {
    int from = a.sentenceAt(previous.marked().end() - 1).map(Sentence::index).orElse(-100);
    int to = a.sentenceAt(next.marked().start()).map(Sentence::index).orElse(100);
    if (to - from > CONTINUATION_SENTENCES || hasTrailingClause(text, a, next)) {
      return false;
    }
    Span between = new Span(previous.marked().end(), next.marked().start());
    Span speaker = previous.act().get().speaker().union(previous.act().get().subject());
    boolean person = m.entities().stream().anyMatch(e -> e.type().equals("PERSON") && between.contains(e.span())
        && !speaker.overlaps(e.span()))
        || m.actorsIn(between).stream().anyMatch(x -> ("person".equals(x.sector()) || x.title() != null)
        && !speaker.overlaps(new Span(x.start(), x.end())));
    return !person;
  }

  /** True when words follow the quote in its sentence ("“...,” screamed two women"): a clause not understood. */
  private static boolean hasTrailingClause(String text, Annotation a, FoundQuote q) {
    int end = a.sentenceAt(q.marked().end() - 1).map(s -> s.span().end()).orElse(q.marked().end());
    return text.substring(q.marked().end(), Math.max(end, q.marked().end())).codePoints()
        .anyMatch(Character::isLetter);
  }

  private static FoundQuote attach(QuoteSpans.Marked q, Annotation a, Mentions m, List<Span> quoted) {
    Optional<Sentence> leading = a.sentenceAt(q.marked().start());
    Optional<Sentence> trailing = a.sentenceAt(q.marked().end() - 1);
    SpeechAct best = null;
    Span bestClause = null;
    int bestDistance = Integer.MAX_VALUE;
    if (leading.isPresent() && leading.get().span().start() < q.marked().start()) {
      Span clause = new Span(leading.get().span().start(), q.marked().start());
      for (SpeechAct act : SpeechActs.in(leading.get(), m, quoted)) {
        int d = q.marked().start() - act.verbSpan().end();
        if (clause.contains(act.verbSpan()) && d < bestDistance) {
          best = act;
          bestClause = clause;
          bestDistance = d;
        }
      }
    }
    if (trailing.isPresent() && q.marked().end() < trailing.get().span().end()) {
      Span clause = new Span(q.marked().end(), trailing.get().span().end());
      for (SpeechAct act : SpeechActs.in(trailing.get(), m, quoted)) {
        int d = act.verbSpan().start() - q.marked().end();
        if (clause.contains(act.verbSpan()) && d < bestDistance) {
          best = act;
          bestClause = clause;
          bestDistance = d;
        }
      }
    }
    return new FoundQuote(q.marked(), q.content(), Optional.ofNullable(best), bestClause);
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** The quote overlapping {@code span} that comes first, if any. */
  public static Optional<FoundQuote> overlapping(List<FoundQuote> quotes, Span span) {
    return quotes.stream().filter(q -> q.marked().overlaps(span))
        .min(Comparator.comparing(FoundQuote::marked));
  }
}
