package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Publication years implied by a stated year together with the time elapsed since it, as reports without a
 * dateline phrase it:
 * <ul>
 *   <li>a period's age with its start year: "the seven-year war" or "the war, now in its eighth year" together with
 *       "began in 2011" or "since 2011" in the same sentence or, when the text gives exactly one start year for a
 *       war, conflict, uprising or rule, anywhere in the text;
 *   <li>a year beside an offset from now in the same clause: "in 2011, eight years ago";
 *   <li>a duration up to now beside its start: "since 2011, for eight years now", "for the past eight years, since
 *       2011";
 *   <li>in a sentence whose aged period has no stated start year, an aged period the text identifies as one of the
 *       dated {@link KnownPeriods} ("Syria's eight-year war", "the 40th anniversary of the Islamic revolution"):
 *       see {@link KnownAges}.
 * </ul>
 * An age of N years allows publication from N-1 to N+1 years after the start year (reporters round, and the start
 * day within its year is unknown); "in its Nth year" allows N-1 to N. An age with an indefinite article ("started
 * an eight-year war") describes a finished period and is not read. Each reading is a {@link DateConstraint}, so a
 * wrong one is outvoted by the rest of the evidence. Stateless and thread-safe.
 */
final class ElapsedYears {

  static final String NUM = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

  private static final String ORDINAL = "(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
      + "|twelfth|\\d{1,2}(?:st|nd|rd|th))";

  /** Nouns for a period that runs up to now and whose age reports state. */
  static final String PERIOD = "(?:civil war|war|conflict|uprising|revolution|crisis|insurgency|siege"
      + "|occupation|rebellion|blockade|campaign|intervention|rule|reign|presidency|tenure|standoff|stalemate)s?";

  private static final String YEAR = "((?:19|20)\\d\\d)";

  private static final Pattern PERIOD_WORD = Pattern.compile("\\b" + PERIOD + "\\b");

  /** "the seven-year war", "syria 's eight-year civil war", "its brutal six-year conflict". */
  private static final Pattern AGE = Pattern.compile("\\b(the|this|its|their|his|her|'s|’s) (?:[a-z]+ )?" + NUM
      + " ?- ?years? ?-? ?(?:old |long )?(?:[a-z]+ )?" + PERIOD + "\\b");

  /** "now in its eighth year". */
  private static final Pattern NTH = Pattern.compile("\\bin its " + ORDINAL + " year\\b");

  /** "since 2011", "began in march 2011", "broke out in 2011", "since the uprising began in 2011". */
  private static final Pattern START = Pattern.compile("\\b(?:since|began|begun|beginning|started|erupted|broke out|outbreak"
      + "|took power|came to power)(?: [a-z']+){0,5}? " + YEAR + "\\b");

  /** "the 2011 uprising", "the 2011 anti-government revolution". */
  private static final Pattern START_NAMED = Pattern.compile("\\bthe " + YEAR + " (?:[a-z'-]+ ){0,2}?(?:uprising|revolution"
      + "|war|conflict|insurgency|rebellion)\\b");

  /** "in 2011 , eight years ago", "eight years ago , in 2011". */
  private static final Pattern AGO = Pattern.compile("\\b" + YEAR + " ,? ?(?:[a-z]+ ){0,2}?" + NUM + " years ago\\b|\\b"
      + NUM + " years ago ,? ?(?:in |during |of )?" + YEAR + "\\b");

  /** "since 2011 , for eight years now", "for the past eight years , since 2011". */
  private static final Pattern SINCE_FOR = Pattern.compile("\\bsince " + YEAR + " ,? ?(?:[a-z]+ ){0,3}?for (?:the "
      + "(?:past|last) )?" + NUM + " years\\b|\\bfor (?:the (?:past|last) )?" + NUM + " years ,? ?(?:[a-z]+ ){0,3}?"
      + "since " + YEAR + "\\b");

  private ElapsedYears() {}

  /** The publication years the text's elapsed-time phrases imply, one constraint per phrase read; may be empty. */
  static List<DateConstraint> of(Annotation a) {
    List<String> texts = a.sentences().stream().map(ElapsedYears::text).toList();
    Set<Integer> starts = new LinkedHashSet<>();
    for (String t : texts) {
      if (PERIOD_WORD.matcher(t).find()) {
        starts.addAll(years(START, t, 1));
        starts.addAll(years(START_NAMED, t, 1));
      }
    }
    List<DateConstraint> out = new ArrayList<>();
    KnownAges known = new KnownAges(KnownPeriods.standard(), a.sentences(), texts);
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      List<Integer> here = years(START, t, 1);
      Integer start = here.size() == 1 ? here.get(0) : here.isEmpty() && starts.size() == 1
          ? starts.iterator().next() : null;
      if (start != null) {
        ages(t).forEach(n -> out.add(after(start, n - 1, n + 1, "age of a period begun in " + start)));
        ordinals(t).stream().filter(n -> PERIOD_WORD.matcher(t).find()).forEach(n -> out.add(after(start, n - 1, n, "period in its year " + n + " since " + start)));
      } else {
        out.addAll(known.in(i));
      }
      offsets(AGO, t).forEach(p -> out.add(after(p[0], p[1] - 1, p[1] + 1, p[1] + " years after " + p[0])));
      offsets(SINCE_FOR, t).forEach(p -> out.add(after(p[0], p[1] - 1, p[1] + 1, p[1] + " years since " + p[0])));
    }
    return out;
  }

  /** Publication from {@code low} years after the start of {@code year} to {@code high} years after its end. */
  private static DateConstraint after(int year, int low, int high, String evidence) {
    return new DateConstraint(evidence, List.of(new DateConstraint.Period(LocalDate.of(year + low, 1, 1),
        LocalDate.of(year + high, 12, 31))));
  }

  /** The sentence's tokens in lower case, joined by single spaces. */
  static String text(Sentence s) {
    StringBuilder b = new StringBuilder();
    for (Token t : s.tokens()) {
      b.append(b.length() == 0 ? "" : " ").append(t.text().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static List<Integer> years(Pattern p, String t, int group) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(group)));
    }
    return out.stream().distinct().toList();
  }

  private static List<Integer> ages(String t) {
    List<Integer> out = new ArrayList<>();
    Matcher m = AGE.matcher(t);
    while (m.find()) {
      number(m.group(2)).ifPresent(out::add);
    }
    return out;
  }

  private static List<Integer> ordinals(String t) {
    List<Integer> out = new ArrayList<>();
    Matcher m = NTH.matcher(t);
    while (m.find()) {
      out.add(KnownAges.ordinal(m.group(1)));
    }
    return out;
  }

  /** Each {year, years elapsed} a two-way pattern ({@code YEAR … NUM} or {@code NUM … YEAR}) finds. */
  private static List<int[]> offsets(Pattern p, String t) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      String year = m.group(1) != null ? m.group(1) : m.group(4);
      String num = m.group(1) != null ? m.group(2) : m.group(3);
      number(num).ifPresent(n -> out.add(new int[] {Integer.parseInt(year), n}));
    }
    return out;
  }

  private static OptionalInt number(String word) {
    return TimeLexicon.number(word, null);
  }
}
