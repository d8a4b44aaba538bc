package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Provenance;
import org.observatory.record.TimeExpression;

/**
 * TimeML's conventions for periodic financial reports: the reported quarter is the one in focus (the latest quarter
 * value stated before, else the quarter before the document date's), "the latest period" and a bare "the quarter" are
 * that quarter, "the 1988 quarter" is its quarter of 1988, and "the year-ago quarter", "year-ago" results or "a year
 * earlier" / "last year" next to a quarter are the same quarter one year back ({@code 1988-Q3} when the focus is
 * {@code 1989-Q3}). "the fiscal year" / "the full year" / "the year" without an end date is the document date's
 * year. "year-end" is 31 December of the document date's year, of the year before after "since". Stateless.
 */
final class FinancialPeriods {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR_AGO = Pattern.compile("(?:the )?year[- ](?:ago|earlier)(?: (?:period|quarter))?");
  private static final Pattern LATEST = Pattern.compile("the (?:latest )?quarter|the latest period");
  private static final Pattern STATED_YEAR_QUARTER = Pattern.compile("(?:the )?((?:19|20)\\d\\d) quarter");
  private static final Pattern YEAR_BACK = Pattern.compile(
      "(?:(?:about|nearly|almost|just) )?(?:a|one) year (?:ago|earlier|before)|last year|the (?:previous|prior) year");
  private static final Pattern FULL_YEAR = Pattern.compile("the (?:fiscal |full )?year");
  private static final Pattern YEAR_END = Pattern.compile("year end");

  private static final java.util.Set<String> FOCUS_RULES = java.util.Set.of("year-ago-quarter", "latest-period",
      "stated-year-quarter", "year-back-quarter");

  private FinancialPeriods() {}

  /**
   * True when {@code rule} values an expression from the quarter in focus. Without a document date that focus comes
   * from an assumed date (or from a quarter whose year came from it), so such a value is no evidence of its own and
   * a resolution without the date must not keep it as inferred.
   */
  static boolean fromFocus(String rule) {
    return FOCUS_RULES.contains(rule);
  }

  /**
   * @param times the resolved expressions in text order
   * @param sentences the sentence index of each expression, same order
   * @param previousWords the lower-case word before each expression ("" at a sentence start), same order
   * @param nextWords the lower-case words right after each expression ("" at a sentence end), same order
   * @param ref the document date, or null (then only quarters stated in the text are used)
   */
  static List<TimeExpression> apply(List<TimeExpression> times, List<Integer> sentences, List<String> previousWords,
      List<String> nextWords, LocalDate ref) {
    List<TimeExpression> out = new ArrayList<>(times.size());
    String focus = ref == null ? null : previousQuarter(ref);
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      String text = TimeLexicon.normalise(t.text());
      TimeExpression r = t;
      if (focus != null && YEAR_AGO.matcher(text).matches()) {
        r = with(t, yearBack(focus), "year-ago-quarter");
      } else if (focus != null && LATEST.matcher(text).matches()) {
        r = with(t, focus, "latest-period");
      } else if (focus != null && STATED_YEAR_QUARTER.matcher(text).matches()) {
        Matcher y = STATED_YEAR_QUARTER.matcher(text);
        y.matches();
        r = with(t, y.group(1) + focus.substring(4), "stated-year-quarter");
      } else if (focus != null && YEAR_BACK.matcher(text).matches() && quarterNear(times, sentences, i)
          && !yearPeriodInSentence(times, sentences, i)) {
        r = with(t, yearBack(focus), "year-back-quarter");
      } else if (ref != null && t.value() == null && FULL_YEAR.matcher(text).matches()) {
        r = with(t, Integer.toString(ref.getYear()), "fiscal-year");
      } else if (ref != null && t.value() == null && YEAR_END.matcher(text).matches()) {
        int year = previousWords.get(i).equals("since") ? ref.getYear() - 1 : ref.getYear();
        r = with(t, year + "-12-31", "year-end");
      }
      if (reported(r, ref) || fiscalEnded(r, nextWords.get(i))) {
        focus = r.value();
      }
      out.add(r);
    }
    return out;
  }

  /** True when {@code t} states a quarter that can be reported on: not one of our year-back values, ended by ref. */
  private static boolean reported(TimeExpression t, LocalDate ref) {
    Matcher m = t.value() == null ? null : QUARTER.matcher(t.value());
    if (m == null || !m.matches() || t.provenance().rule().startsWith("year-")) {
      return false;
    }
    LocalDate end = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3, 1).plusMonths(1);
    return ref == null || !end.isAfter(ref.plusDays(1));
  }

  /**
   * True when {@code t} is a quarter the text says has ended ("the fourth quarter ended Sept. 30"): a fiscal quarter,
   * which can be named after a calendar quarter that is still to come.
   */
  private static boolean fiscalEnded(TimeExpression t, String next) {
    return t.value() != null && QUARTER.matcher(t.value()).matches() && !t.provenance().rule().startsWith("year-")
        && next.matches("(?:ended|ending)\\b.*");
  }

  /**
   * True when the same sentence states a year-long period ("the year ended Aug. 31", "the fiscal year",
   * {@code P1Y}): a year-back word there compares that period, not the quarter. Nine or six months do not count:
   * TimeBank gives "a year earlier" next to "the nine months" the quarter a year back.
   */
  private static boolean yearPeriodInSentence(List<TimeExpression> times, List<Integer> sentences, int i) {
    for (int j = 0; j < times.size(); j++) {
      TimeExpression t = times.get(j);
      if (j != i && sentences.get(j).equals(sentences.get(i))
          && ("P1Y".equals(t.value()) || FULL_YEAR.matcher(TimeLexicon.normalise(t.text())).matches())) {
        return true;
      }
    }
    return false;
  }

  /** True when a quarter is stated (by the tagger) in the same sentence or the one before. */
  private static boolean quarterNear(List<TimeExpression> times, List<Integer> sentences, int i) {
    for (int j = 0; j < times.size(); j++) {
      int gap = sentences.get(i) - sentences.get(j);
      if (j != i && gap >= 0 && gap <= 1 && isQuarter(times.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuarter(TimeExpression t) {
    return (t.value() != null && QUARTER.matcher(t.value()).matches())
        || TimeLexicon.normalise(t.text()).matches(".*\\bquarter\\b.*");
  }

  private static String previousQuarter(LocalDate ref) {
    LocalDate d = ref.minusMonths(3);
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  private static String yearBack(String quarter) {
    Matcher m = QUARTER.matcher(quarter);
    return m.matches() ? (Integer.parseInt(m.group(1)) - 1) + "-Q" + m.group(2) : quarter;
  }

  private static TimeExpression with(TimeExpression t, String value, String rule) {
    return new TimeExpression(t.text(), t.start(), t.end(), "DATE", value, TimexValues.precision(value),
        "anchor", Optional.ofNullable(t.anchor()).orElse(Resolver.DOC_ANCHOR),
        Provenance.of(Resolver.STAGE, rule, t.provenance().evidence()));
  }
}
