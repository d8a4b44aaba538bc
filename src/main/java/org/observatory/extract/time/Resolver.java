package org.observatory.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * Re-resolves the tagger's candidates against the right anchor: the document date (weekdays, year-less dates, by
 * tense), an earlier date in the same or previous sentence ("two days earlier"), an event clause ("two days after
 * X said", dated elsewhere in the text), and a signing date for "within N hours". Immutable; one instance per
 * reference date.
 */
final class Resolver {

  static final String STAGE = "times";
  static final String DOC_ANCHOR = "document date";
  private static final Pattern COUPLE = Pattern.compile("(?:(?:for|about|over|in|within|during) )?"
      + "(?:the (?:next|past|last|coming|previous|first) |a )?couple of " + TimeLexicon.UNIT + "s?");
  private static final Pattern FOUR_DIGITS = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");

  /**
   * Words that introduce a deadline: its day or month is not in the tense of the verb that sets it ("gave them until
   * Tuesday", "extended the loans through January"); the nearest occurrence is taken.
   */
  private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("until", "till", "by", "through");
  /** Words of a clock time and its zone, skipped when looking for a deadline word ("until 9 a.m. EST Tuesday"). */
  private static final java.util.regex.Pattern CLOCK_WORD = java.util.regex.Pattern.compile(
      "\\d{1,2}(?::\\d{2})?|a\\.m\\.?|p\\.m\\.?|am|pm|noon|midnight|o'clock|local|time|,"
          + "|[ecmp][sd]t|gmt|utc|bst|cest|cet|eest|eet|ast|idt|ist|msk");

  private final LocalDate ref;
  private final boolean ownDeictics;

  /** A resolver that applies its own deictic rules ("two years ago" is a year), as SUTime needs. */
  Resolver(LocalDate ref) {
    this(ref, true);
  }

  /**
   * @param ref the document date, or null when unknown (then nothing is resolved against it)
   * @param ownDeictics false to keep a tagger's own resolved value for deictic, vague and stretch expressions (the
   *     TimeML-trained HeidelTime rules know conventions such as a quarter for "a year ago")
   */
  Resolver(LocalDate ref, boolean ownDeictics) {
    this.ref = ref;
    this.ownDeictics = ownDeictics;
  }

  /** One resolved expression, the mention it came from and its shape. */
  record Resolved(TimeExpression time, int sentence, Shape shape, TimexMention mention) {

    /** True for a resolved day (not an offset still waiting for its event): something that can date an event. */
    boolean isDay() {
      return !time.derivation().equals("unresolved") && time.value() != null
          && TimexValues.day(time.value()).isPresent()
          && !(shape instanceof Shape.Offset o && o.eventWord() != null);
    }
  }

  List<TimeExpression> resolve(Annotation annotation) {
    List<Resolved> done = new ArrayList<>();
    for (TimexMention m : Candidates.of(annotation)) {
      Sentence s = annotation.sentences().get(m.sentence());
      Shape shape = shapeOf(m, s);
      if (!(shape instanceof Shape.NotTime)) {
        done.add(new Resolved(first(m, shape, s, done), m.sentence(), shape, m));
      }
    }
    List<Quotes.Quote> quotes = Quotes.of(annotation);
    List<TimeExpression> out = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    List<String> previous = new ArrayList<>();
    List<String> next = new ArrayList<>();
    for (int i = 0; i < done.size(); i++) {
      Resolved r = done.get(i);
      TimeExpression resolved = r.shape() instanceof Shape.Offset o && o.eventWord() != null
          ? byEvent(r.mention(), o, annotation, quotes, done) : inQuote(r, annotation, quotes, done).orElse(r.time());
      TimeExpression t = i + 1 < done.size()
          ? besideItsDate(r, done.get(i + 1), annotation.sentences().get(r.sentence())).orElse(resolved) : resolved;
      Optional<TimeExpression> joined = i + 1 < done.size() && done.get(i + 1).sentence() == r.sentence()
          ? ClockDates.join(t, done.get(i + 1).time(), annotation.sentences().get(r.sentence())) : Optional.empty();
      if (joined.isPresent()) {
        i++;
      }
      Sentence sentence = annotation.sentences().get(r.sentence());
      TimeExpression chosen = joined.or(() -> WeekOf.widen(t, sentence)).orElse(t);
      out.add(Stretches.bound(chosen, sentence, previousWord(sentence, r.mention().span()), ref));
      sentences.add(r.sentence());
      previous.add(previousWord(annotation.sentences().get(r.sentence()), r.mention().span()));
      next.add(following(annotation.sentences().get(r.sentence()), r.mention().span(), 2));
    }
    return FinancialPeriods.apply(out, sentences, previous, next, ref);
  }

  /**
   * A deictic or weekday expression inside a quotation, re-resolved against the quotation's speech time when the
   * text dates it ("... tomorrow,” Erdogan said on Friday).
   */
  private Optional<TimeExpression> inQuote(Resolved r, Annotation a, List<Quotes.Quote> quotes, List<Resolved> done) {
    if (!(r.shape() instanceof Shape.Deictic || r.shape() instanceof Shape.Weekday)) {
      return Optional.empty();
    }
    Optional<Resolved> speech = Quotes.around(quotes, r.mention().span())
        .flatMap(q -> Quotes.speechTime(quotes, q, done, a));
    if (speech.isEmpty()) {
      return Optional.empty();
    }
    LocalDate said = TimexValues.day(speech.get().time().value()).orElseThrow();
    Sentence s = a.sentences().get(r.sentence());
    TimeExpression t = new Resolver(said, true).first(r.mention(), r.shape(), s, List.of());
    if (t.value() == null) {
      return Optional.empty();
    }
    return Optional.of(new TimeExpression(t.text(), t.start(), t.end(), t.type(), t.value(), t.precision(), "anchor",
        "speech time: " + speech.get().time().text(), Provenance.of(STAGE, "quote-speech-time", r.mention().span())));
  }

  /**
   * A weekday written right before the full date it names ("Saturday 26 July 2031", "Friday, 3 May"): that date,
   * when the weekday agrees with it.
   */
  private static Optional<TimeExpression> besideItsDate(Resolved weekday, Resolved next, Sentence s) {
    if (!(weekday.shape() instanceof Shape.Weekday w) || w.partOfDay() != null || w.modifier().length() > 0
        || next.sentence() != weekday.sentence()) {
      return Optional.empty();
    }
    int from = weekday.mention().span().end();
    int to = next.mention().span().start();
    boolean onlyCommas = s.tokens().stream()
        .filter(t -> t.span().start() >= from && t.span().end() <= to).allMatch(t -> t.text().equals(","));
    if (to < from || to - from > 2 || !onlyCommas) {
      return Optional.empty();
    }
    TimeExpression date = next.time();
    return TimexValues.day(date.value()).filter(d -> d.getDayOfWeek() == w.day() && date.value().length() == 10)
        .map(d -> make(weekday.mention(), "DATE", d.toString(), "anchor", date.text(), "weekday-of-its-date"));
  }

  static Shape shapeOf(TimexMention m, Sentence s) {
    return Shape.parse(m.text(), following(s, m.span(), 2));
  }

  private TimeExpression first(TimexMention m, Shape shape, Sentence s, List<Resolved> before) {
    Tense tense = Tense.governing(s, m.span());
    if (shape instanceof Shape.Weekday w) {
      return w.modifier().startsWith("the ") ? weekdayFromAnchor(m, w, before)
          : weekday(m, w, deadlineBefore(s, m.span()) ? Tense.UNKNOWN : tense);
    }
    if (shape instanceof Shape.MonthDay d) {
      return monthDay(m, d, tense, ENDED.contains(previousWord(s, m.span())));
    }
    if (shape instanceof Shape.MonthOnly mo) {
      return month(m, mo, DEADLINE_WORDS.contains(previousWord(s, m.span())) ? Tense.UNKNOWN : tense);
    }
    if (shape instanceof Shape.Offset o && o.eventWord() == null) {
      return inPartOfDay(anaphoric(m, o, before, tense), o.partOfDay());
    }
    if (shape instanceof Shape.Offset o) {
      return make(m, m.type(), m.value(), "unresolved", null, "event-offset-pending");
    }
    if (shape instanceof Shape.PartOfDay p) {
      return partOfDay(m, p, before);
    }
    if (shape instanceof Shape.Vague v) {
      return make(m, "DURATION", v.value(), "explicit", null, "vague-stretch");
    }
    boolean taggerResolved = m.value() != null && !m.value().contains("X")
        && (ref != null || !m.value().matches("\\d{4}.*"));
    if (!ownDeictics && taggerResolved && (shape instanceof Shape.Deictic || shape instanceof Shape.Stretch)) {
      return kept(m, new Shape.Other(), s, tense, before);
    }
    if (shape instanceof Shape.Deictic d) {
      Optional<TimeExpression> t = deictic(m, d);
      if (t.isPresent()) {
        return t.get();
      }
    }
    Optional<String> counted = couple(m);
    if (counted.isPresent()) {
      return make(m, "DURATION", counted.get(), "explicit", null, "couple");
    }
    if (shape instanceof Shape.Stretch st) {
      Optional<String> v = Calendar.duration(st.amount(), st.unit());
      if (v.isPresent()) {
        return make(m, "DURATION", v.get(), "explicit", null, "stretch");
      }
    }
    return kept(m, shape, s, tense, before);
  }

  /** "the morning": on the day of the nearest date in this or the previous sentence, else the document's day. */
  private TimeExpression partOfDay(TimexMention m, Shape.PartOfDay p, List<Resolved> before) {
    Optional<Resolved> anchor = anchorFor(m, before);
    if (anchor.isPresent()) {
      LocalDate day = TimexValues.day(anchor.get().time().value()).orElseThrow();
      return make(m, "TIME", day + "T" + p.code(), "anchor", anchor.get().time().text(), "part-of-day-anchor");
    }
    if (ref != null) {
      return make(m, "TIME", ref + "T" + p.code(), "document-date", DOC_ANCHOR, "part-of-day");
    }
    return make(m, "TIME", null, "unresolved", DOC_ANCHOR, "part-of-day");
  }

  /** "a couple of years" is two years ({@code P2Y}), not a vague number of them. */
  private static Optional<String> couple(TimexMention m) {
    Matcher c = COUPLE.matcher(TimeLexicon.normalise(m.text()));
    return m.type().equals("DURATION") && c.matches() ? Calendar.duration(2, c.group(1)) : Optional.empty();
  }

  private Optional<TimeExpression> deictic(TimexMention m, Shape.Deictic d) {
    if (d.unit().equals("hour") || d.unit().equals("minute") || d.unit().equals("century")) {
      return Optional.empty();
    }
    if (ref == null) {
      return Optional.of(make(m, "DATE", null, "unresolved", DOC_ANCHOR, "deictic-without-document-date"));
    }
    return Calendar.shift(ref, d.amount(), d.unit())
        .map(v -> make(m, "DATE", v, "document-date", DOC_ANCHOR, "deictic"));
  }

  private TimeExpression weekday(TimexMention m, Shape.Weekday w, Tense tense) {
    String suffix = w.partOfDay() == null ? "" : "T" + w.partOfDay();
    String type = w.partOfDay() == null ? "DATE" : "TIME";
    if (ref == null) {
      return make(m, type, "XXXX-WXX-" + w.day().getValue() + suffix, "unresolved", DOC_ANCHOR, "weekday");
    }
    LocalDate d = Calendar.weekday(ref, w.day(), w.modifier(), tense);
    return make(m, type, d + suffix, "document-date", DOC_ANCHOR, "weekday-" + tense.name().toLowerCase());
  }

  /**
   * "the previous Friday" / "the following Monday": the weekday before or after the latest day-precision date
   * stated earlier in the text, else the document date (strictly before or after it).
   */
  private TimeExpression weekdayFromAnchor(TimexMention m, Shape.Weekday w, List<Resolved> before) {
    String suffix = w.partOfDay() == null ? "" : "T" + w.partOfDay();
    String type = w.partOfDay() == null ? "DATE" : "TIME";
    Optional<TimeExpression> anchor = before.stream().map(Resolved::time)
        .filter(t -> !t.derivation().equals("unresolved") && TimexValues.day(t.value()).isPresent())
        .reduce((a, b) -> b);
    if (anchor.isEmpty() && ref == null) {
      return make(m, type, "XXXX-WXX-" + w.day().getValue() + suffix, "unresolved", DOC_ANCHOR, "weekday");
    }
    LocalDate from = anchor.map(t -> TimexValues.day(t.value()).orElseThrow()).orElse(ref);
    LocalDate d = from.with(w.modifier().equals("the following") ? TemporalAdjusters.next(w.day())
        : TemporalAdjusters.previous(w.day()));
    return anchor.isPresent()
        ? make(m, type, d + suffix, "anchor", anchor.get().text(), "weekday-from-anchor")
        : make(m, type, d + suffix, "document-date", DOC_ANCHOR, "weekday-from-document-date");
  }

  /** Words after which a year-less day has passed: "the fiscal year ended Jan. 31", "the quarter ended Sept. 30". */
  private static final java.util.Set<String> ENDED = java.util.Set.of("ended", "closed", "expired");

  private TimeExpression monthDay(TimexMention m, Shape.MonthDay d, Tense tense, boolean passed) {
    if (ref == null) {
      String v = String.format("XXXX-%02d-%02d", d.month().getValue(), d.day());
      return make(m, "DATE", v, "unresolved", DOC_ANCHOR, "month-day");
    }
    LocalDate day = Calendar.monthDay(ref, d.month(), d.day(), d.yearShift(), tense);
    String rule = d.yearShift() != null ? "month-day-year-word" : "month-day-" + tense.name().toLowerCase();
    if (passed && d.yearShift() == null && day.isAfter(ref)) {
      day = Calendar.at(day.getYear() - 1, d.month(), d.day());
      rule = "month-day-ended";
    }
    return make(m, "DATE", day.toString(), "document-date", DOC_ANCHOR, rule);
  }

  private TimeExpression month(TimexMention m, Shape.MonthOnly mo, Tense tense) {
    if (ref == null) {
      return make(m, "DATE", String.format("XXXX-%02d", mo.month().getValue()), "unresolved", DOC_ANCHOR, "month");
    }
    YearMonth ym = Calendar.month(ref, mo.month(), mo.modifier(), tense);
    return make(m, "DATE", ym.toString(), "document-date", DOC_ANCHOR, "month-" + tense.name().toLowerCase());
  }

  private TimeExpression anaphoric(TimexMention m, Shape.Offset o, List<Resolved> before, Tense tense) {
    String type = o.unit().equals("hour") || o.unit().equals("minute") ? "TIME" : "DATE";
    Optional<TimeExpression> calendar = nextCalendarUnit(m, o, before);
    if (calendar.isPresent()) {
      return calendar.get();
    }
    Optional<TimeExpression> near = anchorFor(m, before).or(() -> earlierAnchor(m, o, before, NEAR_REACH))
        .flatMap(a -> fromAnchor(m, o, a, type, tense));
    if (near.isPresent()) {
      return near.get();
    }
    if (ref != null) {
      String v = Calendar.shift(ref, o.sign() * o.amount(), o.unit()).orElse(null);
      if (!contradictsPast(v, tense)) {
        return make(m, type, v, "document-date", DOC_ANCHOR, "offset-from-document-date");
      }
      return earlierAnchor(m, o, before, FAR_REACH).flatMap(a -> fromAnchor(m, o, a, type, tense))
          .orElseGet(() -> make(m, type, null, "unresolved", "an earlier time the text does not date",
              "offset-after-past"));
    }
    return make(m, type, null, "unresolved", DOC_ANCHOR, "offset-without-anchor");
  }

  /**
   * A day value put in the TimeML part of the day {@code part} ("the night before" = {@code 2020-02-01TNI}, type
   * TIME, as "Saturday night"); {@code t} unchanged when {@code part} is null or its value is not one day.
   */
  private static TimeExpression inPartOfDay(TimeExpression t, String part) {
    if (part == null || t.value() == null || !"day".equals(t.precision()) || t.value().length() != 10) {
      return t;
    }
    return new TimeExpression(t.text(), t.start(), t.end(), "TIME", t.value() + "T" + part, t.precision(),
        t.derivation(), t.anchor(), t.provenance(), t.earliest(), t.latest());
  }

  /** The offset counted from {@code anchor}'s date; empty when that puts a past-tense clause after the report. */
  private Optional<TimeExpression> fromAnchor(TimexMention m, Shape.Offset o, Resolved anchor, String type,
      Tense tense) {
    TimeExpression a = anchor.time();
    String v = TimexValues.day(a.value())
        .flatMap(day -> Calendar.shiftDay(day, o.sign() * o.amount(), o.unit()))
        .or(() -> TimexValues.range(a.value()).flatMap(r -> Calendar.shift(r[0], o.sign() * o.amount(), o.unit())))
        .orElse(null);
    return contradictsPast(v, tense) ? Optional.empty()
        : Optional.of(make(m, type, v, "anchor", a.text(), "offset-from-anchor"));
  }

  /** Sentences back an offset looks for its anchor before it falls back on the document date. */
  private static final int NEAR_REACH = 3;
  /**
   * Sentences back a later offset looks when the document date cannot be its anchor ("A day later, police
   * arrested ..." told in the past, a few sentences after the dated event).
   */
  private static final int FAR_REACH = 8;

  /**
   * For a day offset, the nearest preceding day-precision date up to {@code reach} sentences back ("...
   * on September 17. ... . A day later ..."); for a week, month or year offset also a date of that precision or
   * finer ("It was May last year ... Ten months later"). Dates of the document's own header are not skipped.
   */
  private static Optional<Resolved> earlierAnchor(TimexMention m, Shape.Offset o, List<Resolved> before,
      int reach) {
    int unitRank = PRECISIONS.indexOf(o.unit());
    for (int i = before.size() - 1; i >= 0; i--) {
      Resolved r = before.get(i);
      if (r.sentence() < m.sentence() - reach) {
        break;
      }
      TimeExpression t = r.time();
      String p = t.precision().equals("instant") ? "day" : t.precision();
      int rank = PRECISIONS.indexOf(p);
      boolean fine = rank == 0 || (rank > 0 && rank <= Math.max(unitRank, 0) && !p.equals("quarter"));
      if (t.end() <= m.span().start() && fine && !t.derivation().equals("unresolved")
          && TimexValues.range(t.value()).isPresent()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * True when a past or present clause would be dated after the document date ("Two weeks later, she was
   * killed", "Ten months later, she is dead"): only a future clause may lie after the report.
   */
  private boolean contradictsPast(String value, Tense tense) {
    if (value == null || ref == null || (tense != Tense.PAST && tense != Tense.PRESENT)) {
      return false;
    }
    return TimexValues.range(value).map(r -> r[0].isAfter(ref)).orElse(false);
  }

  private static final List<String> PRECISIONS = List.of("day", "week", "month", "quarter", "year");

  /**
   * "the following year" / "the previous month" / "later that year": the calendar unit after (before, or the same as)
   * the latest date stated earlier in the text at that unit's precision or finer ("On May 22, 1995 ..., and the
   * following year" is {@code 1996}; "In March ... The following month" is April). Empty for days and smaller units,
   * and when the text states no such date before.
   */
  private static Optional<TimeExpression> nextCalendarUnit(TimexMention m, Shape.Offset o, List<Resolved> before) {
    int unitRank = PRECISIONS.indexOf(o.unit());
    String text = TimeLexicon.normalise(m.text());
    boolean next = o.amount() == 1 && Shape.THE_NEXT.matcher(text).matches();
    if (unitRank < 1 || !(next || Shape.THAT_UNIT.matcher(text).matches())) {
      return Optional.empty();
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      TimeExpression a = before.get(i).time();
      String p = a.precision().equals("instant") ? "day" : a.precision();
      Optional<LocalDate[]> range = TimexValues.range(a.value());
      if (a.end() <= m.span().start() && !a.derivation().equals("unresolved") && range.isPresent()
          && PRECISIONS.indexOf(p) >= 0 && PRECISIONS.indexOf(p) <= unitRank && !p.equals("quarter")) {
        return Calendar.shift(range.get()[0], o.sign() * o.amount(), o.unit())
            .map(v -> make(m, "DATE", v, "anchor", a.text(), "next-calendar-unit"));
      }
    }
    return Optional.empty();
  }

  /** The nearest preceding day-precision date in the same sentence, else in the previous one. */
  private static Optional<Resolved> anchorFor(TimexMention m, List<Resolved> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Resolved r = before.get(i);
      if (r.sentence() < m.sentence() - 1) {
        break;
      }
      if (r.time().end() <= m.span().start() && TimexValues.day(r.time().value()).isPresent()
          && !r.time().derivation().equals("unresolved")) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private TimeExpression kept(TimexMention m, Shape shape, Sentence s, Tense tense, List<Resolved> before) {
    String value = TaggerValues.statedUnit(m.text(), TaggerValues.normalise(m.value()));
    if (m.type().equals("DURATION") || m.type().equals("SET")) {
      return within(m, s, before).orElseGet(() -> make(m, m.type(), value, "explicit", null, "tagger"));
    }
    if (shape instanceof Shape.Explicit) {
      return make(m, m.type(), value, "explicit", null, "tagger-explicit");
    }
    if (m.type().equals("TIME")) {
      Optional<TimeExpression> t = timeOnDay(m, value, before);
      if (t.isPresent()) {
        return t.get();
      }
    }
    if (ref != null) {
      String fixed = TaggerValues.byTense(value, m.text(), ref, tense);
      return make(m, m.type(), fixed, "document-date", DOC_ANCHOR, "tagger-relative");
    }
    String safe = value != null && fromClock(value, m.text()) ? null : value;
    return make(m, m.type(), safe, "unresolved", DOC_ANCHOR, "relative-without-document-date");
  }

  /**
   * A clock time without a day of its own ("10:35 a.m.") takes the day of the nearest preceding day-precision
   * date in the same sentence ("Friday ... at 10:35 a.m."); a time zone the text gives is dropped from the value.
   */
  private static Optional<TimeExpression> timeOnDay(TimexMention m, String value, List<Resolved> before) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}T.*") || Shape.hasDayWord(m.text())) {
      return Optional.empty();
    }
    String clock = value.substring(10).replaceAll("[+-]\\d{4}$", "");
    for (int i = before.size() - 1; i >= 0 && before.get(i).sentence() == m.sentence(); i--) {
      TimeExpression a = before.get(i).time();
      if (TimexValues.precision(a.value()).equals("day") && a.value().length() == 10) {
        return Optional.of(make(m, "TIME", a.value() + clock, "anchor", a.text(), "time-on-anchor-day"));
      }
    }
    return Optional.empty();
  }

  /** True when {@code value} holds a year the expression does not state: it can only come from a clock. */
  private static boolean fromClock(String value, String text) {
    Matcher y = FOUR_DIGITS.matcher(value);
    return y.lookingAt() && !text.contains(y.group(1));
  }

  /** "within 150 hours" of a dated event in the same sentence: the interval from that day to the deadline. */
  private static Optional<TimeExpression> within(TimexMention m, Sentence s, List<Resolved> before) {
    String prev = previousWord(s, m.span());
    if (!prev.equals("within") || m.value() == null) {
      return Optional.empty();
    }
    for (int i = before.size() - 1; i >= 0 && before.get(i).sentence() == m.sentence(); i--) {
      TimeExpression a = before.get(i).time();
      Optional<LocalDate> day = TimexValues.day(a.value());
      Optional<DateValue> end = day.flatMap(d -> Deadlines.endOf(d, m.value(), m.text()));
      if (end.isPresent()) {
        String latest = end.get().latest() != null ? end.get().latest() : end.get().value();
        return Optional.of(new TimeExpression(m.text(), m.span().start(), m.span().end(), m.type(), m.value(),
            end.get().precision(), "anchor", a.text(), Provenance.of(STAGE, "within-duration", m.span()),
            day.get().toString(), latest));
      }
    }
    return Optional.empty();
  }

  private TimeExpression byEvent(TimexMention m, Shape.Offset o, Annotation a, List<Quotes.Quote> quotes,
      List<Resolved> done) {
    Optional<TimeExpression> byNoun = EventNouns.after(a.sentences().get(m.sentence()), m.span())
        .flatMap(p -> byEventNoun(m, o, p, a, quotes, done));
    if (byNoun.isPresent()) {
      return byNoun.get();
    }
    Optional<EventAnchors.Clause> clause = EventAnchors.clauseAfter(a.sentences().get(m.sentence()), m.span());
    if (clause.isEmpty()) {
      return make(m, m.type(), TaggerValues.normalise(m.value()), ref == null ? "unresolved" : "explicit", null,
          "event-offset-no-clause");
    }
    Optional<Resolved> dated = EventAnchors.dateOf(clause.get(), a, quotes, done);
    if (dated.isEmpty()) {
      TimeExpression t = make(m, m.type(), m.value(), "event", clause.get().text(), "event-offset-undated");
      return new TimeExpression(t.text(), t.start(), t.end(), t.type(), t.value(), "unresolved", "event",
          t.anchor(), t.provenance());
    }
    LocalDate day = TimexValues.day(dated.get().time().value()).orElseThrow();
    String v = Calendar.shiftDay(day, o.sign() * o.amount(), o.unit()).orElse(null);
    return make(m, "DATE", v, "event", clause.get().text(), "offset-from-event");
  }

  /**
   * An offset from an event noun ("two days after the attack"): the date of the nearest dated mention of that kind
   * of event ({@link EventNouns}) shifted by the offset; "hours after" / "hours before" is that event's day (it may
   * cross midnight, which the value does not show, as for an event clause). Empty without a dated mention, or
   * when the day would put a past-tense clause after the report (the expression is then read as before: an event
   * clause, or no anchor).
   */
  private Optional<TimeExpression> byEventNoun(TimexMention m, Shape.Offset o, EventNouns.Phrase p,
      Annotation a, List<Quotes.Quote> quotes, List<Resolved> done) {
    Tense tense = Tense.governing(a.sentences().get(m.sentence()), m.span());
    return EventNouns.dateOf(p, a, quotes, done).flatMap(dated -> {
      LocalDate day = TimexValues.day(dated.time().value()).orElseThrow();
      return Calendar.shiftDay(day, o.sign() * o.amount(), o.unit()).filter(v -> !contradictsPast(v, tense))
          .map(v -> make(m, "DATE", v, "event", p.text(), "offset-from-event-noun"));
    });
  }

  private static TimeExpression make(TimexMention m, String type, String value, String derivation, String anchor,
      String rule) {
    return new TimeExpression(m.text(), m.span().start(), m.span().end(), type, value,
        TimexValues.precision(value), derivation, anchor, Provenance.of(STAGE, rule, m.span()));
  }

  /** Up to {@code n} words after {@code span} in the sentence, lower case, space-separated. */
  static String following(Sentence s, Span span, int n) {
    StringBuilder b = new StringBuilder();
    int taken = 0;
    for (Token t : s.tokens()) {
      if (t.span().start() >= span.end() && taken < n) {
        if (!t.text().matches("[\\p{L}\\p{N}]+.*")) {
          break;
        }
        b.append(taken == 0 ? "" : " ").append(t.text().toLowerCase());
        taken++;
      }
    }
    return b.toString();
  }

  /**
   * True when a deadline word (until, till, by, through) stands right before {@code span}, or before a clock time
   * and time zone that precede it ("until 9 a.m. EST Tuesday": the weekday is the deadline's day).
   */
  static boolean deadlineBefore(Sentence s, Span span) {
    List<Token> before = s.tokens().stream().filter(t -> t.span().end() <= span.start()).toList();
    for (int i = before.size() - 1; i >= 0 && i >= before.size() - 6; i--) {
      String w = before.get(i).text().toLowerCase(java.util.Locale.ROOT);
      if (DEADLINE_WORDS.contains(w)) {
        return true;
      }
      if (!CLOCK_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return false;
  }

  static String previousWord(Sentence s, Span span) {
    String prev = "";
    for (Token t : s.tokens()) {
      if (t.span().end() <= span.start()) {
        prev = t.text().toLowerCase();
      }
    }
    return prev;
  }
}
