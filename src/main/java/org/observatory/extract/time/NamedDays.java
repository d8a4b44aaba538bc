package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;

/**
 * A day known by its numbers as a name: "9/11" ("since 9/11", "the 9/11 attacks", "post-9/11") is 11 September 2001,
 * a DATE {@code 2001-09-11} whatever the document date. Only that exact form, standing alone: not part of a longer
 * number or slash date ("9/11/2016", "19/11", "9/11.5"), not followed by a year or a year word ("9/11, 2023",
 * "9/11 this year" are month/day dates of their own year), not a count ("won 9/11 of its games", "9/11 out
 * of 20"), and never another slash pair ("24/7", "1/3"). Its written-out forms ("September 11") are the taggers'.
 * A tagger mention overlapping it is replaced. Stateless.
 */
final class NamedDays {

  static final String SEPTEMBER_11 = "2001-09-11";
  private static final Pattern NAME = Pattern.compile("9/11");
  private static final Pattern YEAR_AFTER = Pattern.compile(",? ?(?:\\d{4}|(?:this|last|next) year)\\b.*");
  private static final Pattern IN_TEXT = Pattern.compile("(?:(?<=\\bpost-)|(?<![\\w/.,:\\-\u2010\u2011]))9/11"
      + "(?![\\w/]|[.,:\\-]\\d)(?!,? (?:\\d{4}|(?:this|last|next) year)\\b)(?! (?:of|out of)\\b)");

  private NamedDays() {}

  /**
   * Whether an expression of normalised text {@code text}, followed by the lower-case words {@code following}, is a
   * named day: its year is the name's own ({@link Shape.Explicit}).
   */
  static boolean isName(String text, String following) {
    return NAME.matcher(text).matches() && !YEAR_AFTER.matcher(following).matches();
  }

  /** The named days of every sentence of {@code a}, in text order. */
  static List<TimexMention> of(Annotation a) {
    List<TimexMention> out = new ArrayList<>();
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      String text = LexicalCandidates.sentenceText(s, true);
      Matcher m = IN_TEXT.matcher(text);
      while (m.find()) {
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        out.add(new TimexMention(span, text.substring(m.start(), m.end()), "DATE", SEPTEMBER_11, i));
      }
    }
    return out;
  }
}
