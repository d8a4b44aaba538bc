package org.observatory.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;
import org.observatory.record.Published;

/**
 * Infers a document's publication date from its own text when none is given. Every candidate day is scored by
 * the constraints the text puts on it: a date in a past-tense clause lies before publication, one in a
 * future-tense clause after it; a year-less past date such as "January 25" lies within the year before, and with
 * its weekday ("Tuesday, Oct. 21") only in the years where that day is that weekday; "August 5 last year" lies in
 * the previous calendar year; outside evidence ({@link DateConstraint}, e.g. the offices of the persons the text
 * names) must hold. A day breaking a constraint counts one violation, so contradicting evidence is outvoted by the
 * rest and never empties the range. Between equally consistent days, recency decides: reports are published soon
 * after the latest day they mention. Publication is also expected within {@link #FOLLOWING_YEARS} years of the
 * latest stated past year, a weaker preference (half a violation). A dateline (a day with its year at the head of
 * the text, see {@link Fixed#dateline()}) bounds publication from below and, when the text has one, the likely
 * range is the {@link #DATELINE_DAYS} days after it. The result is the range of best days (the
 * bound). The likely range is the part of it, at or after the bound's earliest day, at most {@link #LAG_DAYS}
 * after the latest year-less day or month the text reports ({@link PublicationLag}), one window per year those
 * dates fit; the bound's later end is widened to hold it. A stated year with the time elapsed since it ("the
 * seven-year war" with "began in 2011", "in 2003, six years ago"), or the age of a war the text identifies as one
 * of a curated list of dated conflicts ("Syria's eight-year war"), constrains the publication years
 * ({@link ElapsedYears}, {@link KnownPeriods}). The best day ({@link Published#value()}) is given only when a day
 * the text reports or the
 * likely range picks it ({@link Published#DAY}); a range resting on years, months or dated roles only has no best
 * day ({@link Published#YEAR}, value null), nor has a likely range whose windows lie in several years (the day
 * within the year is supported, the year is not). Never reads the clock. Stateless and thread-safe.
 */
public final class DocDateInference {

  /** Days after the latest mentioned day that still count as plausible publication dates. */
  public static final int WINDOW_DAYS = 30;

  /**
   * Days after the latest year-less day or month a report states (as past or present) within which it is likely
   * published: the likely range {@link Published#likely()}. Fitted on the DEV half of TimeBank+AQUAINT only (the 75th percentile
   * of the days from the latest year-less day or month reported to the true DCT; see docs/quality-time.md,
   * session 3).
   */
  public static final int LAG_DAYS = 75;

  /**
   * Most windows a likely range may have (one per year the text's year-less dates fit, so a decade); with more,
   * the text does not support a likely range. Chosen on the DEV half among 1, 3 and 10.
   */
  public static final int MAX_WINDOWS = 10;

  /**
   * Days after a dateline (a day written with its year in the text's first sentence: "AFP Saturday 26 Jul 2014",
   * "Published October 17 2016") within which the report is likely published: the likely range of a text with a
   * dateline. Fitted on the DEV half of the news corpora: the 90th percentile (nearest rank) of the days from a
   * first-sentence date to the true date, over the 256 DEV articles where that lag is not negative (see
   * docs/quality-time.md, session 3, docdate-news).
   */
  public static final int DATELINE_DAYS = 14;

  /**
   * Years after the latest stated past year (or dateline year) that publication may still fall in. Fitted on the
   * DEV half of the news corpora: the 90th percentile (nearest rank) of publication year minus that year over the
   * DEV articles without a dateline (109 articles; 2 before, on TimeBank, set a priori).
   */
  public static final int FOLLOWING_YEARS = 5;

  /** How far an open-ended period ("in office since 2003") is followed before the range is called unbounded. */
  static final int OPEN_YEARS = 10;

  private static final int VIOLATION = 100_000;

  /**
   * Characters from the start of the text within which a date in the first sentence is read as the dateline. On
   * the DEV half of the news corpora, 323 of the 332 first-sentence dates start within 100 characters.
   */
  static final int HEAD_CHARS = 100;

  private static final java.util.Set<String> DEADLINE_WORDS =
      java.util.Set.of("due", "maturing", "matures", "mature", "expiring", "expires", "expire", "ending",
          "amended", "corrected", "updated");

  /** Words that introduce a report's own date ("Posted on April 4 2017", "Published on ..."). */
  private static final Set<String> PUBLICATION_WORDS = Set.of("posted", "published", "filed", "dated");

  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

  private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b" + TimeLexicon.WEEKDAY + "\\b");

  /**
   * A date stated with its year: the days it covers, whether to the day, the clause's tense, whether it stands
   * in the text's first sentence within its first {@link #HEAD_CHARS} characters and with no preposition before
   * it (the dateline of a news report).
   */
  record Fixed(LocalDate from, LocalDate to, boolean dayLevel, Tense tense, boolean head) {
    Fixed(LocalDate from, LocalDate to, boolean dayLevel, Tense tense) {
      this(from, to, dayLevel, tense, false);
    }

    /**
     * A dateline: a day written with its year at the head of the text, not in a future-tense clause (a dateline
     * read as future only because of the headline's verb is made past when collected).
     */
    boolean dateline() {
      return head && dayLevel && tense != Tense.FUTURE;
    }
  }

  /**
   * A year-less day ("January 25"), the year word's shift ("last year" = -1) or null, the clause's tense, and the
   * weekday the text gives with it ("Tuesday, Oct. 21") or null.
   */
  record Yearless(Month month, int day, Integer shift, Tense tense, DayOfWeek weekday) {
    Yearless(Month month, int day, Integer shift, Tense tense) {
      this(month, day, shift, tense, null);
    }

    /**
     * The day this date stands for had the text been published on {@code d}: in the year its year word gives
     * ("August 5 last year"), else its latest occurrence on or before {@code d}.
     */
    LocalDate placedFor(LocalDate d) {
      return shift != null ? Calendar.at(d.getYear() + shift, month, day)
          : Calendar.monthDay(d, month, day, null, Tense.PAST);
    }
  }

  /**
   * A month without a year ("in October", "last November", "late December"), its modifier (never "next" or
   * "this": those may lie ahead) and the clause's tense. A month word the time stage reads as a name
   * ({@link TimeWordIdioms#isName}: "May's predecessor" once the text names Theresa May) is no month.
   */
  record YearlessMonth(Month month, String modifier, Tense tense) {}

  /**
   * Everything the scoring reads: {@code outside} is the caller's evidence (dated roles), {@code elapsed} the
   * publication years the text's elapsed-time phrases imply ({@link ElapsedYears}).
   */
  record Evidence(List<Fixed> fixed, List<Yearless> yearless, List<YearlessMonth> months,
      List<DateConstraint> outside, Optional<int[]> years, List<DateConstraint> elapsed) {

    Evidence(List<Fixed> fixed, List<Yearless> yearless, List<YearlessMonth> months,
        List<DateConstraint> outside, Optional<int[]> years) {
      this(fixed, yearless, months, outside, years, List.of());
    }

    /** The outside and the elapsed-time constraints together. */
    List<DateConstraint> constraints() {
      List<DateConstraint> all = new ArrayList<>(outside);
      all.addAll(elapsed);
      return all;
    }
  }

  private DocDateInference() {}

  /** The range inferred from the time expressions alone (see {@link #infer(Annotation, List)}). */
  public static Published infer(Annotation annotation) {
    return infer(annotation, List.of());
  }

  /**
   * The inferred publication range, or {@link Published#unknown()} when neither the text's dates, its
   * elapsed-time phrases ({@link ElapsedYears}, which include the ages of known wars) nor {@code constraints} fix
   * any year. A side of the range is null (unbounded) when only open-ended evidence
   * bounds it.
   *
   * @param constraints outside evidence, never null (may be empty)
   */
  public static Published infer(Annotation annotation, List<DateConstraint> constraints) {
    return infer(annotation, constraints, LAG_DAYS);
  }

  /**
   * As {@link #infer(Annotation, List)} with the likely range ({@link Published#likely()}) allowing publication up
   * to {@code lagDays} days after the latest day the text reports (see {@link PublicationLag}); for fitting the
   * lag on a development set.
   */
  public static Published infer(Annotation annotation, List<DateConstraint> constraints, int lagDays) {
    Evidence e = evidence(annotation, constraints);
    if (e.years().isEmpty() && e.outside().isEmpty() && e.elapsed().isEmpty()) {
      return Published.unknown();
    }
    return best(e, lagDays);
  }

  /**
   * Whether the text states a year the inference can build on (a calendar date or year in a clause that is not
   * future tense); outside evidence such as dated roles is not counted here.
   */
  public static boolean statesAYear(Annotation annotation) {
    List<Fixed> fixed = new ArrayList<>();
    collect(annotation, fixed, new ArrayList<>(), new ArrayList<>());
    return fixed.stream().anyMatch(f -> f.tense() != Tense.FUTURE);
  }

  /**
   * How precisely a text's own evidence can place its publication, best first: a day written with its year or a
   * weekday tied to its month-day ("Tuesday, Oct. 21", which fits one year in a few); a year-less day ("Oct. 21")
   * beside a stated year or a dated role (day-precise only once the year is chosen); a stated year or dated role
   * only; nothing. Only clauses that are not future tense count.
   */
  public enum EvidenceLevel { DAY_WITH_YEAR, YEARLESS_DAY_AND_YEAR, YEAR_ONLY, NONE }

  /** The text's {@link EvidenceLevel}; {@code constraints} (dated roles, never null) count as year evidence. */
  public static EvidenceLevel evidenceLevel(Annotation annotation, List<DateConstraint> constraints) {
    Evidence e = evidence(annotation, constraints);
    boolean year = e.years().isPresent() || !e.outside().isEmpty();
    if (!year) {
      return EvidenceLevel.NONE;
    }
    List<Yearless> past = e.yearless().stream().filter(y -> y.tense() != Tense.FUTURE).toList();
    boolean dayWithYear = e.fixed().stream().anyMatch(f -> f.dayLevel() && f.tense() != Tense.FUTURE)
        || past.stream().anyMatch(y -> y.weekday() != null);
    if (dayWithYear) {
      return EvidenceLevel.DAY_WITH_YEAR;
    }
    return past.isEmpty() ? EvidenceLevel.YEAR_ONLY : EvidenceLevel.YEARLESS_DAY_AND_YEAR;
  }

  /**
   * Days from the latest day the text states (a day written with its year, or a year-less day placed in the year up
   * to {@code day}; not in a future-tense clause) on or before {@code day} to {@code day}; empty when none lies on
   * or before it. With the true publication day, this tells whether any stated day lies close enough before
   * publication for a recency rule to pin it (for measuring a ceiling, never for inference).
   */
  public static Optional<Long> daysAfterLatestStatedDay(Annotation annotation, LocalDate day) {
    Evidence e = evidence(annotation, List.of());
    List<LocalDate> days = new ArrayList<>();
    e.fixed().stream().filter(f -> f.dayLevel() && f.tense() != Tense.FUTURE).forEach(f -> days.add(f.from()));
    e.yearless().stream().filter(y -> y.tense() != Tense.FUTURE).forEach(y -> days.add(y.placedFor(day)));
    return days.stream().filter(d -> !d.isAfter(day)).max(LocalDate::compareTo)
        .map(d -> ChronoUnit.DAYS.between(d, day));
  }

  /**
   * Days from the latest year-less day or month the text reports (see {@link PublicationLag}) to {@code day}, had
   * the document been published on {@code day}; empty when the text reports none. For fitting {@link #LAG_DAYS}
   * against known publication dates.
   */
  public static Optional<Long> lagAt(Annotation annotation, LocalDate day) {
    Evidence e = evidence(annotation, List.of());
    return PublicationLag.lag(day, e);
  }

  private static Evidence evidence(Annotation annotation, List<DateConstraint> constraints) {
    List<Fixed> fixed = new ArrayList<>();
    List<Yearless> yearless = new ArrayList<>();
    List<YearlessMonth> months = new ArrayList<>();
    collect(annotation, fixed, yearless, months);
    List<DateConstraint> outside = constraints.stream().filter(c -> !c.coversAll()).toList();
    Optional<int[]> years = candidateYears(fixed);
    List<DateConstraint> elapsed = ElapsedYears.of(annotation);
    return new Evidence(fixed, yearless, months, outside, years, elapsed);
  }

  private static void collect(Annotation a, List<Fixed> fixed, List<Yearless> yearless,
      List<YearlessMonth> months) {
    for (TimexMention m : a.timexes()) {
      Sentence s = a.sentences().get(m.sentence());
      Shape shape = Resolver.shapeOf(m, s);
      Tense tense = deadlineCue(s, m.span(), Tense.around(s, m.span()));
      if (shape instanceof Shape.MonthDay d) {
        yearless.add(new Yearless(d.month(), d.day(), d.yearShift(), tense, weekdayOf(m, s)));
      } else if (shape instanceof Shape.MonthOnly mo && !Set.of("next", "this").contains(mo.modifier())
          && !TimeWordIdioms.isName(m, a)) {
        months.add(new YearlessMonth(mo.month(), mo.modifier(), tense));
      } else if (statesItsYear(m, shape) && (m.type().equals("DATE") || m.type().equals("TIME"))) {
        String p = TimexValues.precision(m.value());
        boolean day = p.equals("day") || p.equals("instant");
        boolean head = day && m.sentence() == 0 && m.span().start() < HEAD_CHARS && !governed(s, m.span());
        Tense t = head && tense == Tense.FUTURE && !isDeadline(s, m.span()) ? Tense.PAST : tense;
        if (!p.equals("decade")) {
          TimexValues.range(m.value()).ifPresent(r -> fixed.add(new Fixed(r[0], r[1], day, t, head)));
        }
      }
    }
  }

  /**
   * Whether the expression writes its year: an explicit date ("March 1, 2015"), or a numeric day whose value's
   * year appears in its text ("24.07.2016").
   */
  private static boolean statesItsYear(TimexMention m, Shape shape) {
    if (shape instanceof Shape.Explicit) {
      return true;
    }
    String v = m.value();
    return v != null && FULL_DAY.matcher(v).lookingAt() && m.text().contains(v.substring(0, 4));
  }

  /** Whether a deadline word ("due", "by", "maturing") introduces the expression. */
  private static boolean isDeadline(Sentence s, org.observatory.core.Span span) {
    return deadlineCue(s, span, Tense.PRESENT) == Tense.FUTURE;
  }

  /**
   * A date introduced as a deadline or maturity lies after publication whatever the clause's verb: "bonds due
   * 1993", "notes maturing Nov. 1, 2009", "expiring in 1995", "the year ending June 30, 1990"; so does the date of
   * a correction to the report ("This article was amended on 17 January 2019"); "by 1994" too unless the clause is past ("had
   * fallen by 1994"). Otherwise {@code tense} unchanged.
   */
  static Tense deadlineCue(Sentence s, org.observatory.core.Span span, Tense tense) {
    String previous = "";
    for (Token t : s.tokens()) {
      if (t.span().end() > span.start()) {
        break;
      }
      String w = t.text().toLowerCase(java.util.Locale.ROOT);
      if (!w.equals("on") && !w.equals("in")) {
        previous = w;
      }
    }
    if (DEADLINE_WORDS.contains(previous)) {
      return Tense.FUTURE;
    }
    return previous.equals("by") && tense != Tense.PAST ? Tense.FUTURE : tense;
  }

  /**
   * Whether a preposition ("on", "by", "since", "until") governs the expression: the token right before it is
   * tagged IN or TO. A dateline stands alone ("AFP Saturday 26 Jul 2014", "Published October 17 2016"); a date
   * with a preposition is an event or a deadline in the sentence ("signed on March 1, 2015"), unless the
   * preposition follows a word of publication ("Posted on April 4 2017").
   */
  static boolean governed(Sentence s, org.observatory.core.Span span) {
    List<Token> before = s.tokens().stream().filter(t -> t.span().end() <= span.start()).toList();
    if (before.isEmpty()) {
      return false;
    }
    Token previous = before.get(before.size() - 1);
    boolean preposition = previous.pos().equals("IN") || previous.pos().equals("TO");
    return preposition && !(before.size() > 1
        && PUBLICATION_WORDS.contains(before.get(before.size() - 2).text().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The weekday named in the expression or right before it ("Tuesday, Oct. 21"), else null. */
  static DayOfWeek weekdayOf(TimexMention m, Sentence s) {
    Matcher inside = WEEKDAY_WORD.matcher(TimeLexicon.normalise(m.text()));
    if (inside.find()) {
      return TimeLexicon.weekday(inside.group(1));
    }
    Token previous = null;
    for (Token t : s.tokens()) {
      if (t.span().end() > m.span().start()) {
        break;
      }
      if (!t.text().equals(",")) {
        previous = t;
      }
    }
    if (previous == null || m.span().start() - previous.span().end() > 3) {
      return null;
    }
    Matcher before = WEEKDAY_WORD.matcher(previous.text().toLowerCase(java.util.Locale.ROOT));
    return before.matches() ? TimeLexicon.weekday(before.group(1)) : null;
  }

  /**
   * Years publication is expected in: from the latest year stated in a past-tense clause or in a dateline to
   * {@link #FOLLOWING_YEARS} years after it. Without a past-tense year, a year stated in a clause that is neither
   * past nor future ("1990 earnings are expected", "notes due 1994") may lie on either side of publication, so
   * the window reaches {@link #FOLLOWING_YEARS} years both ways around the latest such year. Empty when the text
   * states no year.
   */
  private static Optional<int[]> candidateYears(List<Fixed> fixed) {
    Optional<Integer> past = fixed.stream().filter(f -> f.tense() == Tense.PAST || f.dateline())
        .map(f -> f.from().getYear()).max(Integer::compare);
    if (past.isPresent()) {
      return past.map(y -> new int[] {y, y + FOLLOWING_YEARS});
    }
    return fixed.stream().filter(f -> f.tense() != Tense.FUTURE).map(f -> f.from().getYear())
        .max(Integer::compare).map(y -> new int[] {y - FOLLOWING_YEARS, y + FOLLOWING_YEARS});
  }

  private static Published best(Evidence e, int lagDays) {
    Domain dom = Domain.of(e);
    int n = (int) ChronoUnit.DAYS.between(dom.first(), dom.last()) + 1;
    long[] cost = new long[n];
    long min = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      cost[i] = cost(dom.first().plusDays(i), e);
      min = Math.min(min, cost[i]);
    }
    LocalDate earliest = null;
    LocalDate latest = null;
    LocalDate value = null;
    for (int i = 0; i < n; i++) {
      if (cost[i] / VIOLATION == min / VIOLATION && cost[i] % VIOLATION <= min % VIOLATION + WINDOW_DAYS) {
        LocalDate d = dom.first().plusDays(i);
        earliest = earliest == null ? d : earliest;
        latest = d;
        value = cost[i] == min && value == null ? d : value;
      }
    }
    boolean openBefore = dom.openBefore() && earliest.equals(dom.first());
    boolean openAfter = dom.openAfter() && latest.equals(dom.last());
    LocalDate from = earliest;
    Optional<PublicationLag.Windows> likely =
        PublicationLag.likely(dom.first(), cost, min, VIOLATION, e, lagDays, MAX_WINDOWS).flatMap(w -> w.from(from));
    String widened = "";
    if (likely.isPresent()) {
      value = likely.get().contains(value) ? value : likely.get().first();
      widened = likely.get().last().isAfter(latest) ? "; later end widened to hold the likely range" : "";
      latest = max(latest, likely.get().last());
    }
    long years = likely.map(PublicationLag.Windows::years).orElse(1L);
    boolean supported = likely.isPresent() ? years == 1 : recency(value, e).isPresent();
    String unsupported = years > 1 ? String.format(YEARS_UNSUPPORTED, years) : UNSUPPORTED;
    return new Published(supported ? value.toString() : null, "inferred", openBefore ? null : earliest.toString(),
        openAfter ? null : latest.toString(), method(e, min) + widened + (supported ? "" : unsupported),
        likely.map(PublicationLag.Windows::published).orElse(null), supported ? Published.DAY : Published.YEAR);
  }

  /** Appended to the method of a range with no best day ({@link Published#YEAR}). */
  static final String UNSUPPORTED = "; no day the text reports places publication within the range, so no best "
      + "day is given";

  /**
   * Appended to the method of a range whose likely windows lie in several years ({@link Published#YEAR}): the day
   * within the year is supported, the year is not. Formatted with the number of years.
   */
  static final String YEARS_UNSUPPORTED = "; the likely range has windows in %d years and nothing in the text "
      + "picks the year, so no best day is given";

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static String method(Evidence e, long min) {
    long broken = min / VIOLATION / 2;
    return String.format("inferred from %d dated and %d year-less expressions%s in the text "
        + "(tense constraints, latest mentioned day, %d-day window)%s", e.fixed().size(), e.yearless().size(),
        (e.outside().isEmpty() ? "" : " and " + e.outside().size() + " dated roles of named persons")
            + (e.elapsed().isEmpty() ? "" : " and " + e.elapsed().size() + " elapsed-time phrases"), WINDOW_DAYS,
        broken > 0 ? "; " + broken + " conflicting constraint(s) outvoted" : "");
  }

  /**
   * The days scored: the expected years and every bound of the outside evidence; an open-ended period extends it
   * by {@link #OPEN_YEARS} on that side, and a best day at such an edge makes the range unbounded there.
   */
  record Domain(LocalDate first, LocalDate last, boolean openBefore, boolean openAfter) {

    static Domain of(Evidence e) {
      List<LocalDate> bounds = new ArrayList<>();
      e.years().ifPresent(y -> {
        bounds.add(LocalDate.of(y[0], 1, 1));
        bounds.add(LocalDate.of(y[1], 12, 31));
      });
      boolean openBefore = false;
      boolean openAfter = false;
      for (DateConstraint c : e.constraints()) {
        for (DateConstraint.Period p : c.periods()) {
          if (p.from() != null) {
            bounds.add(p.from());
          }
          if (p.to() != null) {
            bounds.add(p.to());
          }
          openBefore |= p.from() == null;
          openAfter |= p.to() == null;
        }
      }
      LocalDate lo = bounds.stream().min(LocalDate::compareTo).orElseThrow();
      LocalDate hi = bounds.stream().max(LocalDate::compareTo).orElseThrow();
      return new Domain(openBefore ? lo.minusYears(OPEN_YEARS) : lo, openAfter ? hi.plusYears(OPEN_YEARS) : hi,
          openBefore, openAfter);
    }
  }

  /**
   * Violations (a broken constraint counts two units, publication outside the expected years one; times
   * {@link #VIOLATION}) plus days since the latest mentioned day, where "latest" is taken within a year of
   * {@code d} (a year-less date is placed in the year before {@code d} at most), so each candidate year is judged
   * by its own recency.
   */
  static long cost(LocalDate d, Evidence e) {
    OptionalLong recency = recency(d, e);
    return units(d, e) * VIOLATION + (recency.isPresent() ? Math.min(recency.getAsLong(), VIOLATION - 1) : 0);
  }

  /** Broken constraints at {@code d}: two units each, one for publication outside the expected years. */
  private static long units(LocalDate d, Evidence e) {
    long units = 0;
    for (Fixed f : e.fixed()) {
      boolean past = f.tense() == Tense.PAST || f.dateline();
      if (past && d.isBefore(f.from()) || f.tense() == Tense.FUTURE && d.isAfter(f.to())) {
        units += 2;
      }
    }
    for (Yearless y : e.yearless()) {
      if (y.tense() == Tense.FUTURE) {
        continue;
      }
      LocalDate occ = y.placedFor(d);
      if (y.weekday() != null && occ.getDayOfWeek() != y.weekday()) {
        units += 2;
      }
      if (occ.isAfter(d) && y.tense() == Tense.PAST) {
        units += 2;
      }
    }
    for (DateConstraint c : e.constraints()) {
      units += c.allows(d) ? 0 : 2;
    }
    if (e.years().isPresent() && (d.getYear() < e.years().get()[0] || d.getYear() > e.years().get()[1])) {
      units += 1;
    }
    return units;
  }

  /**
   * Days from the latest day the text reports on or before {@code d} (a day written with its year, or a year-less
   * day placed in the year up to {@code d} and not shifted to an earlier year; not in a future-tense clause) to
   * {@code d}; empty when the text reports no such day, so that recency cannot prefer one candidate day.
   */
  static OptionalLong recency(LocalDate d, Evidence e) {
    long recency = Long.MAX_VALUE;
    for (Fixed f : e.fixed()) {
      if (f.dayLevel() && f.tense() != Tense.FUTURE && !d.isBefore(f.from())) {
        recency = Math.min(recency, ChronoUnit.DAYS.between(f.from(), d));
      }
    }
    for (Yearless y : e.yearless()) {
      LocalDate occ = y.tense() == Tense.FUTURE ? null : y.placedFor(d);
      if (occ != null && !occ.isAfter(d) && (y.shift() == null || y.shift() == 0)) {
        recency = Math.min(recency, ChronoUnit.DAYS.between(occ, d));
      }
    }
    return recency == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(recency);
  }

  /** The cost with the text's expressions only (kept for tests). */
  static long cost(LocalDate d, List<Fixed> fixed, List<Yearless> yearless) {
    return cost(d, new Evidence(fixed, yearless, List.of(), List.of(), Optional.empty()));
  }
}
