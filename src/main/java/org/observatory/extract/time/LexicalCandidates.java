package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;

/**
 * TimeML expressions taggers tend to miss, found from general English vocabulary: "the future" / "the near future",
 * "a later date", "in the short term" ({@code FUTURE_REF}), "in the past" ({@code PAST_REF}), "these days"
 * ({@code PRESENT_REF}), financial reporting periods ("the year-ago quarter", "year-ago results", "the latest
 * period", "the quarter", "the (fiscal) year", "year-end"), a part of the day ("the morning", "midday", "mid
 * afternoon", "at dawn"), "hours later" (the day of the date before), "the day before" / "the night after" with
 * no object (a day from the date before), the day of another date ("that same day", "earlier that day", "earlier in the day"), the year or month of one ("later that year"), a weekday whose
 * apostrophe the text lost ("Fridays explosion", not "on Fridays"), "the year" right before
 * "ended"/"ending" (a one-year duration) and the frequency adjectives "hourly", "daily", "nightly", "weekly",
 * "monthly", "yearly" (SET values), and the one-word ones of {@link BareCandidates} ("for years", "soon").
 * Values that depend on other expressions are left null here and set by
 * {@link FinancialPeriods} or the resolver. A candidate overlapping a tagger mention is not added. Stateless.
 */
final class LexicalCandidates {

  private record Rule(Pattern pattern, String type, String value) {}

  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("\\bthe (?:near |distant |foreseeable |immediate )?future\\b"), "DATE", "FUTURE_REF"),
      new Rule(Pattern.compile("\\ba later date\\b|(?<=\\bin )the (?:short|long|near|medium) term\\b(?![ -]\\w)"),
          "DATE", "FUTURE_REF"),
      new Rule(Pattern.compile("(?<=\\b(?:in|from|than|of) )the past\\b(?![ -]\\w)"), "DATE", "PAST_REF"),
      new Rule(Pattern.compile("\\bthese days\\b"), "DATE", "PRESENT_REF"),
      new Rule(Pattern.compile("\\b(?:the )?year-(?:ago|earlier)(?: (?:period|quarter))?(?![\\w-])"
          + "(?! [\\w-]+ (?:months|weeks|quarters)\\b)"), "DATE", null),
      new Rule(Pattern.compile("\\bthe latest (?:period|quarter)\\b"), "DATE", null),
      new Rule(Pattern.compile("\\bthe (?:fiscal |full |financial )?year(?= (?:ended|ending|ends)\\b)"), "DURATION",
          "P1Y"),
      new Rule(Pattern.compile("\\bthe (?:fiscal |full )?year\\b"
          + "(?![- ](?:ended|ending|ends|ago|earlier|later|before|after|to|two|one|\\d)\\b)(?!-)"), "DATE", null),
      new Rule(Pattern.compile("\\bthe (?:latest )?quarter\\b(?!-)(?! (?:a|one) year (?:ago|earlier)\\b)"), "DATE", null),
      new Rule(Pattern.compile("\\byear[- ]end\\b"), "DATE", null),
      new Rule(Pattern.compile("\\b(?:[1-9]|1[0-2])(?: o'clock)? in the (?:morning|afternoon|evening)\\b"
          + "|\\b(?:[1-9]|1[0-2])(?: o'clock)? at night\\b"), "TIME", null),
      new Rule(Pattern.compile("(?<!good |high )\\b(?:the (?:early |late |mid )?|mid[- ]?)"
          + "(?:morning|afternoon|evening)\\b|(?<!high )\\b(?:midday|noon)\\b"), "TIME", null),
      new Rule(Pattern.compile("\\b(?:(?:earlier|later|early|late) )?that (?:same )?(?:year|month)\\b(?![ -]\\w+ed\\b)"),
          "DATE", null),
      new Rule(Pattern.compile("\\b(?:earlier|later) (?:that|in the) day\\b|\\b(?:that|the) (?:same|very) day\\b"), "DATE", null),
      new Rule(Pattern.compile("\\b(?:hours|minutes|moments) (?:later|earlier|afterwards)\\b"), "DATE", null),
      new Rule(Pattern.compile("\\bthe (?:day|night) (?:before|after)(?= *(?:[,.;:!?)'\"]|$"
          + "| (?:and|but|when|as|while)\\b))"), "DATE", null),
      new Rule(Pattern.compile("(?<=\\b(?:at|before|after|by|until|from) )(?:dawn|dusk)\\b"), "TIME", null),
      new Rule(Pattern.compile("\\bhourly\\b"), "SET", "PT1H"),
      new Rule(Pattern.compile("\\b(?:daily|nightly)\\b"), "SET", "P1D"),
      new Rule(Pattern.compile("\\bweekly\\b"), "SET", "P1W"),
      new Rule(Pattern.compile("\\bmonthly\\b"), "SET", "P1M"),
      new Rule(Pattern.compile("\\byearly\\b"), "SET", "P1Y"));

  private LexicalCandidates() {}

  /** The tagger's mentions plus the lexical ones that overlap none of them, in text order. */
  static List<TimexMention> add(List<TimexMention> tagged, Annotation a) {
    List<TimexMention> out = new ArrayList<>(tagged);
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      String text = sentenceText(s, true);
      String original = sentenceText(s, false);
      for (Rule r : RULES) {
        Matcher m = r.pattern().matcher(text);
        while (m.find()) {
          Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
          if (out.stream().noneMatch(t -> overlaps(t.span(), span))) {
            out.add(new TimexMention(span, original.substring(m.start(), m.end()), r.type(), r.value(), i));
          }
        }
      }
    }
    for (TimexMention b : lostApostrophes(a)) {
      if (out.stream().noneMatch(t -> overlaps(t.span(), b.span()))) {
        out.add(b);
      }
    }
    for (TimexMention b : BareCandidates.of(a)) {
      if (out.stream().noneMatch(t -> overlaps(t.span(), b.span()))) {
        out.add(b);
      }
    }
    out.sort(Comparator.comparingInt(t -> t.span().start()));
    return out;
  }

  private static final Pattern PLURAL_WEEKDAY = Pattern.compile(TimeLexicon.WEEKDAY + "s");
  private static final java.util.Set<String> RECURRING = java.util.Set.of("every", "most", "some", "all", "many",
      "other", "several", "few", "the");

  /**
   * "Tuesdays blast", "Fridays departures", "Tuesdays alleged attack", "Wednesdays dead": a weekday in the plural
   * right before a noun phrase it can own ({@link #possessed}), not after a word of recurrence ("most Fridays", "some
   * of Fridays"), is the day whose apostrophe the text lost; the mention covers the weekday without its "s".
   */
  static List<TimexMention> lostApostrophes(Annotation a) {
    List<TimexMention> out = new ArrayList<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      List<Token> tokens = a.sentences().get(i).tokens();
      for (int k = 0; k + 1 < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (PLURAL_WEEKDAY.matcher(t.text().toLowerCase(java.util.Locale.ROOT)).matches() && !recurring(tokens, k)
            && possessed(tokens, k + 1) && t.span().end() - t.span().start() == t.text().length()) {
          Span span = new Span(t.span().start(), t.span().end() - 1);
          out.add(new TimexMention(span, t.text().substring(0, t.text().length() - 1), "DATE", null, i));
        }
      }
    }
    return out;
  }

  /** Whether a word of recurrence comes before the weekday at {@code k}, or before an "of" before it ("most of"). */
  private static boolean recurring(List<Token> tokens, int k) {
    int j = k - 1;
    if (j >= 0 && tokens.get(j).text().equalsIgnoreCase("of")) {
      j--;
    }
    return j >= 0 && RECURRING.contains(tokens.get(j).text().toLowerCase(java.util.Locale.ROOT));
  }

  /** Adjectives that stand for the people they describe ("Tuesdays dead", "Fridays wounded"). */
  private static final java.util.Set<String> NOMINAL = java.util.Set.of("dead", "wounded", "injured", "missing");

  /**
   * Whether the tokens from {@code k} are a noun phrase a weekday can own: a noun, or up to three adjectives and
   * participles ("alleged", "suspected", "chemical") then a noun, or an adjective standing for people ("dead")
   * before a punctuation mark.
   */
  private static boolean possessed(List<Token> tokens, int k) {
    int j = k;
    while (j < tokens.size() && j - k < 3 && modifier(tokens.get(j))) {
      j++;
    }
    if (j >= tokens.size()) {
      return false;
    }
    Token head = tokens.get(j);
    if (j > k && NOMINAL.contains(tokens.get(j - 1).text().toLowerCase(java.util.Locale.ROOT))
        && !head.pos().startsWith("NN")) {
      return head.pos().matches("[.,:]");
    }
    return head.pos().startsWith("NN")
        && !PLURAL_WEEKDAY.matcher(head.text().toLowerCase(java.util.Locale.ROOT)).matches();
  }

  /** An adjective or a participle in -ed (which taggers also read as a past verb: "suspected"). */
  private static boolean modifier(Token t) {
    return t.pos().startsWith("JJ") || (t.pos().equals("VBN") || t.pos().equals("VBD"))
        && t.text().toLowerCase(java.util.Locale.ROOT).endsWith("ed");
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The sentence's text, one char per UTF-16 offset from the sentence start (gaps as spaces). */
  static String sentenceText(Sentence s, boolean lower) {
    char[] c = new char[s.span().end() - s.span().start()];
    Arrays.fill(c, ' ');
    for (Token t : s.tokens()) {
      int from = t.span().start() - s.span().start();
      String w = lower ? t.text().toLowerCase(java.util.Locale.ROOT) : t.text();
      if (w.length() == t.span().end() - t.span().start() && from >= 0 && from + w.length() <= c.length) {
        w.getChars(0, w.length(), c, from);
      }
    }
    return new String(c);
  }
}
