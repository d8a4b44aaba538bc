package org.observatory.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Token;
import org.observatory.nlp.TimexMention;

/**
 * Tagger mentions whose time word is part of a name or an idiom, not a time: a season inside a proper name ("the
 * Arab spring", "the Prague Spring", "the Summer Olympics") and "quarters" meaning circles of people ("viewed in
 * some quarters as a reformer"); a title "of the year" ("footballer of the year"); bare numbers that are counts
 * ({@link #isCount}); "one day" as "some future day" ({@link #someDay}). A season after a time modifier ("last spring", "early summer") or a name that is
 * itself a time ("March") is left alone. Stateless.
 */
final class TimeWordIdioms {

  private static final Pattern SEASON = Pattern.compile("(?:the )?(?:spring|summer|autumn|fall|winter)");
  private static final Set<String> TIME_MODIFIERS = Set.of("last", "next", "this", "that", "early", "late", "mid",
      "past", "coming", "previous", "following", "each", "every", "same", "whole", "entire", "during", "in", "of");
  private static final Pattern FREQUENCY = Pattern.compile("(?:hourly|daily|nightly|weekly|monthly|yearly)");
  private static final Pattern DECADE = Pattern.compile("(?:(?:the )?(?:early|mid|late|middle)[- ]?)?(?:'?\\d0s|"
      + "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)");
  private static final Pattern CIRCLES = Pattern.compile("in (?:some|certain|many|various|other|all) quarters");

  /** Nouns that take a stretch of the year ("the end of the year"), unlike a title ("player of the year"). */
  private static final Set<String> PART_WORDS = Set.of("end", "start", "beginning", "rest", "middle", "half",
      "quarter", "part", "remainder", "course", "turn", "close", "time", "day", "week", "month", "balance",
      "season", "period", "top", "bottom", "peak", "spring", "summer", "autumn", "fall", "winter", "anniversary");
  /** Words before a number that make it a count, not a year ("as many as 1300", "at least 2000"). */
  private static final Pattern COUNT_BEFORE = Pattern.compile(".*\\b(?:as many as|up to|more than|less than|"
      + "fewer than|at least|nearly|almost|some|about|around|approximately|roughly|over|estimated)$");

  private TimeWordIdioms() {}

  /**
   * A bare number that is no year: one of other than four digits ("219" after a sentence, "202015"), or four digits
   * after a word of quantity ("as many as 1300 people").
   */
  static boolean isCount(TimexMention m, Annotation a) {
    String text = m.text().trim();
    if (!text.matches("\\d+")) {
      return false;
    }
    if (text.length() != 4) {
      return true;
    }
    int[] at = bounds(m, a);
    if (at.length == 0) {
      return false;
    }
    List<Token> tokens = a.sentences().get(m.sentence()).tokens();
    StringBuilder before = new StringBuilder();
    for (int i = Math.max(0, at[0] - 3); i < at[0]; i++) {
      before.append(before.length() == 0 ? "" : " ").append(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }
    return COUNT_BEFORE.matcher(before).matches();
  }

  /**
   * A time word inside a proper name: a season after a name or opening one ("Arab spring", "Winter Olympics"), a
   * capitalised "Today" after a name ("Aleppo Today", a media outlet), a capitalised frequency word opening a
   * name ("the Daily Mail"), "X of the year" after a noun that is no part of the year, "in some quarters", a "May"
   * that names a person in its sentence ("Mrs May", "May said") and a month word that is the surname of a person the
   * document names ({@link MonthSurnames}: "May's predecessor" once "Theresa May" is named).
   */
  static boolean isName(TimexMention m, Annotation a) {
    String text = TimeLexicon.normalise(m.text());
    List<Token> tokens = a.sentences().get(m.sentence()).tokens();
    int[] at = bounds(m, a);
    if (at.length == 0) {
      return false;
    }
    int first = at[0];
    int last = at[1];
    if (SEASON.matcher(text).matches()) {
      return namedBefore(tokens, first) || namedAfter(tokens, last);
    }
    boolean capital = Character.isUpperCase(tokens.get(first).text().charAt(0)) && first > 0;
    if (text.equals("today") && capital) {
      return namedBefore(tokens, first);
    }
    if (FREQUENCY.matcher(text).matches() && capital) {
      return namedAfter(tokens, last);
    }
    if (text.equals("may") && first == last && tokens.get(first).text().equals("May") && mayIsName(tokens, first)) {
      return true;
    }
    if (first == last && MonthSurnames.isPerson(tokens, first, a)) {
      return true;
    }
    if (text.equals("the year") && first > 1 && tokens.get(first - 1).text().equalsIgnoreCase("of")) {
      Token holder = tokens.get(first - 2);
      return holder.pos().startsWith("NN") && !PART_WORDS.contains(holder.lemma().toLowerCase(Locale.ROOT));
    }
    if (text.matches("(?:some|certain|many|various|other|all) quarters") && first > 0) {
      String phrase = tokens.get(first - 1).text().toLowerCase(Locale.ROOT) + " " + text;
      boolean of = last + 1 < tokens.size() && tokens.get(last + 1).text().equalsIgnoreCase("of");
      return CIRCLES.matcher(phrase).matches() && !of;
    }
    return false;
  }

  /**
   * "in his late 30s", "women in their forties": a decade after a possessive pronoun (and an optional
   * early/mid/late) is an age, not a decade of the calendar.
   */
  static boolean isAge(TimexMention m, Annotation a) {
    String text = TimeLexicon.normalise(m.text());
    int[] at = bounds(m, a);
    if (at.length == 0 || !DECADE.matcher(text).matches()) {
      return false;
    }
    List<Token> tokens = a.sentences().get(m.sentence()).tokens();
    int i = at[0] - 1;
    if (i >= 0 && tokens.get(i).text().toLowerCase(Locale.ROOT).matches("early|mid|late|middle")) {
      i--;
    }
    return i >= 0 && tokens.get(i).pos().equals("PRP$");
  }

  /**
   * A capitalised "May" alone that is a person's name: right after a capitalised name or title that is no time word
   * ({@link #afterNameOrTitle}), or opening a clause as the subject of a verb ("May said", "May has insisted") with
   * no preposition, determiner or time word before it; a copula after it ("May was the deadliest month") leaves it a
   * month.
   */
  private static boolean mayIsName(List<Token> tokens, int i) {
    if (afterNameOrTitle(tokens, i)) {
      return true;
    }
    Token before = i > 0 ? tokens.get(i - 1) : null;
    boolean opens = before == null || before.pos().matches("[,:;.]|``|''|CC|-LRB-");
    Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return opens && after != null && after.pos().matches("VBD|VBZ|MD") && !after.lemma().equalsIgnoreCase("be")
        && !(i + 2 < tokens.size() && tokens.get(i + 2).pos().equals("CD"));
  }

  /**
   * Token {@code i} comes right after a capitalised proper noun that is no time word and no date ("Theresa May",
   * "Prime Minister May", "Mrs May"): a given name or a title before a surname. Package-visible for
   * {@link MonthSurnames}.
   */
  static boolean afterNameOrTitle(List<Token> tokens, int i) {
    Token before = i > 0 ? tokens.get(i - 1) : null;
    return before != null && before.pos().startsWith("NNP") && Character.isUpperCase(before.text().charAt(0))
        && !TIME_MODIFIERS.contains(before.text().toLowerCase(Locale.ROOT))
        && Shape.parse(before.text(), "") instanceof Shape.Other;
  }

  /**
   * "one day" after a modal or before a bare verb ("should one day be asked", "may one day return") means some
   * future time: {@code FUTURE_REF}, not a one-day duration. Any other mention is returned as it is.
   */
  static TimexMention someDay(TimexMention m, Annotation a) {
    if (!TimeLexicon.normalise(m.text()).equals("one day")) {
      return m;
    }
    List<Token> tokens = a.sentences().get(m.sentence()).tokens();
    int[] at = bounds(m, a);
    boolean afterModal = at.length > 0 && at[0] > 0 && tokens.get(at[0] - 1).pos().equals("MD");
    boolean beforeVerb = at.length > 0 && at[1] + 1 < tokens.size() && tokens.get(at[1] + 1).pos().equals("VB");
    return afterModal || beforeVerb ? new TimexMention(m.span(), m.text(), "DATE", "FUTURE_REF", m.sentence()) : m;
  }

  /** Indices of the mention's first and last token in its sentence; empty when no token overlaps it. */
  private static int[] bounds(TimexMention m, Annotation a) {
    List<Token> own = a.sentences().get(m.sentence()).tokensIn(m.span());
    return own.isEmpty() ? new int[0] : new int[] {own.get(0).index(), own.get(own.size() - 1).index()};
  }

  /** "Arab spring", "Prague Spring": a capitalised word that is no time modifier right before the season. */
  private static boolean namedBefore(List<Token> tokens, int first) {
    int i = first;
    if (tokens.get(i).text().equalsIgnoreCase("the")) {
      i++;
    }
    if (i == 0 || i >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return isName(before) && !TIME_MODIFIERS.contains(before.text().toLowerCase(Locale.ROOT))
        && Shape.parse(before.text(), "") instanceof Shape.Other;
  }

  /** "Summer Olympics", "Winter Games": the season opens a proper name. */
  private static boolean namedAfter(List<Token> tokens, int last) {
    return last + 1 < tokens.size() && tokens.get(last + 1).pos().startsWith("NNP")
        && Character.isUpperCase(tokens.get(last).text().charAt(0));
  }

  private static boolean isName(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.index() > 0
        && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ"));
  }
}
