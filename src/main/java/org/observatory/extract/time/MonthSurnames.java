package org.observatory.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * A month word that is the surname of a person the document names. Once a text names "Theresa May", a later bare
 * "May" ("David Cameron, May's predecessor", "a meeting between Trump and May", "talks with May") is the person,
 * unless its own words make it a date: a day number or year beside it ("May 5", "5 May", "May 2017"), a
 * preposition or time modifier before it ("in May", "since May", "early May", "last May", "of May"), or another
 * month joined to it ("April and May", "March to May"). Without such a named person the month stays a month ("May's
 * figures" is ambiguous). Stateless.
 *
 * <p>The document names a person with a month surname when a capitalised full month name is the last word of a
 * person's name by the annotator's named-entity tags ("Theresa/PERSON May/PERSON"), or, for "May", comes right after
 * a given name or title ({@link TimeWordIdioms#afterNameOrTitle}: "Mrs May", "Prime Minister May"). A month that is
 * a given name ("April Ryan") is no surname: the tagger leaves it alone when the name is tagged a person.
 */
final class MonthSurnames {

  private static final Set<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
      .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Words before a month that make it a date, never a person ("in May", "since May", "early May"). */
  private static final Set<String> DATE_BEFORE = Set.of("in", "since", "until", "till", "by", "early", "late", "mid",
      "last", "next", "this", "that", "of", "from", "through", "throughout", "during",
      "past", "coming", "previous", "following", "each", "every", "same", "whole", "entire");
  /** Words that join two months into a stretch or a list ("April and May", "March to May", "May-June"). */
  private static final Set<String> MONTH_LINKS = Set.of("and", "or", "to", "through", "until", "till", "-", "\u2013",
      "\u2014", "/");
  private static final Pattern MONTH = Pattern.compile(TimeLexicon.MONTH);
  private static final Pattern NUMBER = Pattern.compile("\\d.*");

  private MonthSurnames() {}

  /**
   * Whether token {@code i} of {@code tokens} (a sentence of {@code a}) is a capitalised month word that names a
   * person: the document names someone with that surname and nothing beside the word makes it a date.
   */
  static boolean isPerson(List<Token> tokens, int i, Annotation a) {
    String word = tokens.get(i).text();
    return MONTHS.contains(word) && !dateLike(tokens, i) && namedInDocument(word, a);
  }

  /** Whether some person in the document carries {@code month} as a surname. */
  static boolean namedInDocument(String month, Annotation a) {
    for (Sentence s : a.sentences()) {
      List<Token> tokens = s.tokens();
      for (int j = 0; j < tokens.size(); j++) {
        if (tokens.get(j).text().equals(month) && endsPersonName(tokens, j, month)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsPersonName(List<Token> tokens, int j, String month) {
    boolean personTag = tokens.get(j).ner().equals("PERSON")
        && (j + 1 >= tokens.size() || !tokens.get(j + 1).ner().equals("PERSON"));
    boolean titled = month.equals("May") && tokens.get(j).pos().startsWith("NNP")
        && TimeWordIdioms.afterNameOrTitle(tokens, j);
    return (personTag || titled) && !dateLike(tokens, j);
  }

  /**
   * A month word whose neighbours make it a date: a number before or after it ("5 May", "May 5", "May 2017", "May,
   * 2017"), a preposition or time modifier before it, or another month joined to it.
   */
  static boolean dateLike(List<Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    if (DATE_BEFORE.contains(before) || number(tokens, i - 1) || number(tokens, i + 1)) {
      return true;
    }
    boolean commaYear = i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",")
        && tokens.get(i + 2).text().matches("\\d{4}");
    return commaYear || joinedMonth(tokens, i, -1) || joinedMonth(tokens, i, 1);
  }

  private static boolean number(List<Token> tokens, int j) {
    if (j < 0 || j >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    return t.pos().equals("CD") || NUMBER.matcher(t.text()).matches();
  }

  /** "April and May", "May to July": a link word then another month, on the side {@code step} (-1 or +1). */
  private static boolean joinedMonth(List<Token> tokens, int i, int step) {
    int link = i + step;
    int other = i + 2 * step;
    if (other < 0 || other >= tokens.size()) {
      return false;
    }
    String w = tokens.get(other).text();
    return MONTH_LINKS.contains(tokens.get(link).text().toLowerCase(Locale.ROOT)) && !w.isEmpty()
        && Character.isUpperCase(w.charAt(0)) && MONTH.matcher(w.toLowerCase(Locale.ROOT)).matches();
  }
}
