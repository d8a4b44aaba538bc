package org.observatory.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.record.Agreement;
import org.observatory.record.DateValue;
import org.observatory.record.DayInterval;
import org.observatory.record.Obligation;
import org.observatory.record.Published;
import org.observatory.record.Quote;
import org.observatory.record.TimeExpression;

/**
 * Dates an event. In order: a DATE/TIME expression attached to the trigger's clause (directly, or to the light or
 * governing verb of a nominal event); else the time of a clause that shares its time ({@link ClauseMates}: a
 * conjoined verb, the verb a participle or when/as clause hangs from); for content under a report verb, on or
 * before the report's own date ("reported on Sunday that ...", derivation {@code anchor}, {@code latest} that
 * day); else the time of the clause the trigger lies deep inside ({@link #clauseTime}: "paid tribute on Tuesday on
 * a visit"); else the publication date, marked {@code document-date} with an open lower bound (never silently). A
 * past, asserted or reported event is never dated after the publication date. Stateless.
 */
final class EventDater {

  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");
  private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "csubj", "xcomp", "conj", "acl");

  DateValue date(DepGraph g, int anchor, String modality, List<TimeExpression> times, Published published) {
    Optional<DateValue> shifted = RelativeClause.date(g, anchor, times);
    Optional<TimeExpression> own = attached(g, anchor, times)
        .or(() -> RelativeClause.mainClauseTime(g, anchor, times));
    DateValue d = shifted
        .or(() -> own.map(t -> of(g, t, DateValue.derivationFrom(t), published, times)))
        .or(() -> sinceClause(g, anchor, times, published))
        .or(() -> ElapsedSince.date(g, anchor, times, published))
        .or(() -> ClauseMates.time(g, anchor, times).map(t -> of(g, t, DateValue.derivationFrom(t), published, times)))
        .or(() -> ModalityFinder.reportingVerb(g, anchor).filter(r -> !mayFollow(modality))
            .flatMap(r -> attached(g, r, times).or(() -> ClauseMates.time(g, r, times)))
            .map(EventDater::onOrBefore))
        .or(() -> clauseTime(g, anchor, times).map(t -> of(g, t, DateValue.derivationFrom(t), published, times)))
        .orElseGet(() -> documentDate(published, modality));
    return clamp(d, modality, published);
  }

  /**
   * Content under a report verb dated by the report ("claimed on Sunday that jets hit an outpost"): on or before
   * the report's day (value that day, precision {@code approximate}, {@code latest} that day); a report date
   * coarser than a day is taken as it is.
   */
  private static DateValue onOrBefore(TimeExpression t) {
    if (t.value() == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return of(t, "anchor");
    }
    return new DateValue(t.value(), "approximate", t.text(), "anchor", null, t.value());
  }

  private static DateValue of(TimeExpression t, String derivation) {
    return new DateValue(t.value(), t.precision(), t.text(), derivation, null, null);
  }

  /**
   * The event's date from its time expression: a stretch the time stage bounded ("in the past four days") is the
   * interval it covers; a date after "since" ("have been killed since Saturday") is the interval from it to the
   * report; a date after "from" with an end date after "to" is the range they make; a date after "by", "until" or
   * "before" ("must withdraw by Friday") bounds the event from above (precision {@code approximate}, {@code latest}
   * its last day); else the expression's value.
   */
  private static DateValue of(DepGraph g, TimeExpression t, String derivation, Published published,
      List<TimeExpression> times) {
    if ("DURATION".equals(t.type())) {
      String value = t.earliest() == null ? t.latest() : t.earliest() + "/" + t.latest();
      return new DateValue(value, "approximate", t.text(), "document-date", t.earliest(), t.latest());
    }
    int head = g.headOf(new Span(t.start(), t.end()));
    if (head >= 0 && g.marker(head).equals("from")) {
      Optional<DateValue> range = range(g, t, times);
      if (range.isPresent()) {
        return range.get();
      }
    }
    Optional<DateValue> pair = head < 0 ? Optional.empty() : conjoined(g, t, head, times);
    if (pair.isPresent()) {
      return pair.get();
    }
    String latest = published == null ? null : published.latest();
    Optional<DayInterval> days = DayInterval.span(t.value()).filter(DayInterval::bounded);
    Optional<String> start = days.map(i -> i.first().toString());
    if (head >= 0 && g.marker(head).equals("since") && latest != null && start.isPresent()
        && start.get().compareTo(latest) <= 0) {
      return new DateValue(start.get() + "/" + latest, "approximate", t.text(), derivation, start.get(), latest);
    }
    if (head >= 0 && DEADLINE_MARKERS.contains(g.marker(head)) && days.isPresent()) {
      return new DateValue(t.value(), "approximate", t.text(), derivation, null, days.get().last().toString());
    }
    return of(t, derivation);
  }

  /**
   * "have been killed since the conflict began in March 2011": the date of a clause introduced by "since" (on the
   * verb or on a verb conjoined with it: "were killed and displaced since ...") starts the event's interval, which
   * runs to the report (precision {@code approximate}, derivation {@code anchor}).
   * Empty when there is no such clause, its date is not a bounded calendar date, or it lies after the report.
   */
  static Optional<DateValue> sinceClause(DepGraph g, int verb, List<TimeExpression> times, Published published) {
    String latest = published == null ? null : published.latest();
    if (latest == null) {
      return Optional.empty();
    }
    List<Integer> holders = new java.util.ArrayList<>(List.of(verb));
    holders.addAll(g.children(verb, "conj"));
    g.head(verb).filter(h -> DepGraph.matches(h.relation(), "conj")).ifPresent(h -> holders.add(h.governor()));
    List<Integer> clauses = holders.stream().flatMap(v -> g.children(v, "advcl").stream()).toList();
    for (int c : clauses) {
      if (!g.marker(c).equals("since")) {
        continue;
      }
      Optional<TimeExpression> t = attached(g, c, times).filter(x -> TIME_TYPES.contains(x.type()));
      Optional<String> start = t.flatMap(x -> DayInterval.span(x.value())).filter(DayInterval::bounded)
          .map(i -> i.first().toString()).filter(x -> x.compareTo(latest) <= 0);
      if (start.isPresent()) {
        return Optional.of(new DateValue(start.get() + "/" + latest, "approximate", t.get().text(), "anchor",
            start.get(), latest));
      }
    }
    return Optional.empty();
  }

  /**
   * "on Saturday and Sunday": a date conjoined with a later date of the sentence makes the interval from the first
   * day of one to the last day of the other (precision {@code approximate}, derivation {@code anchor}).
   */
  private static Optional<DateValue> conjoined(DepGraph g, TimeExpression first, int head,
      List<TimeExpression> times) {
    Span sentence = g.sentence().span();
    for (int c : g.children(head, "conj")) {
      for (TimeExpression u : times) {
        Span span = new Span(u.start(), u.end());
        if (u.start() < first.end() || !sentence.contains(span) || !TIME_TYPES.contains(u.type())
            || g.headOf(span) != c) {
          continue;
        }
        Optional<DateValue> both = spanning(first, u, " and ");
        if (both.isPresent()) {
          return both;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The interval from the first day of {@code a} to the last day of {@code b} (precision {@code approximate},
   * derivation {@code anchor}, text "a{@code joint}b"); empty when either is not a bounded calendar date or {@code b}
   * ends before {@code a} begins.
   */
  private static Optional<DateValue> spanning(TimeExpression a, TimeExpression b, String joint) {
    Optional<DayInterval> x = DayInterval.span(a.value()).filter(DayInterval::bounded);
    Optional<DayInterval> y = DayInterval.span(b.value()).filter(DayInterval::bounded);
    if (x.isEmpty() || y.isEmpty() || y.get().last().isBefore(x.get().first())) {
      return Optional.empty();
    }
    String from = x.get().first().toString();
    String to = y.get().last().toString();
    return Optional.of(new DateValue(from + "/" + to, "approximate", a.text() + joint + b.text(), "anchor", from, to));
  }

  private static final Set<String> RANGE_ENDS = Set.of("to", "until", "till", "through");
  /** "by Friday", "until March 6", "before year-end": the event lies on or before that time, not on it. */
  private static final Set<String> DEADLINE_MARKERS = Set.of("by", "until", "till", "before");

  /**
   * "from March 3 to April 20": the date after "from" and the next date of the sentence after "to" (until, till,
   * through) make the interval from the first day of one to the last day of the other.
   */
  private static Optional<DateValue> range(DepGraph g, TimeExpression from, List<TimeExpression> times) {
    Span sentence = g.sentence().span();
    for (TimeExpression u : times) {
      Span span = new Span(u.start(), u.end());
      if (u.start() < from.end() || !sentence.contains(span) || !TIME_TYPES.contains(u.type())) {
        continue;
      }
      int head = g.headOf(span);
      return head < 0 || !RANGE_ENDS.contains(g.marker(head)) ? Optional.empty() : spanning(from, u, " to ");
    }
    return Optional.empty();
  }

  /**
   * An event inside a quotation that the text does not date otherwise ("“... were killed in the village,” a source
   * told the agency on Saturday") lies on or before the speech time when the quotation has one: value the speech
   * day, precision {@code approximate}, derivation {@code anchor}, {@code latest} the speech day. Planned,
   * conditional and obligated events, and dates of another derivation, are returned unchanged.
   *
   * @param quote index into {@code quotes}, or null
   */
  static DateValue bySpeech(DateValue date, String modality, Integer quote, List<Quote> quotes) {
    boolean future = modality.equals(ModalityFinder.PLANNED) || modality.equals(ModalityFinder.CONDITIONAL)
        || modality.equals(ModalityFinder.OBLIGATION);
    if (future || quote == null || quote >= quotes.size() || !"document-date".equals(date.derivation())) {
      return date;
    }
    DateValue said = quotes.get(quote).said();
    if (said == null || said.value() == null || !said.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return date;
    }
    return new DateValue(said.value(), "approximate", said.text(), "anchor", null, said.value());
  }

  /**
   * The time expression whose head lies in {@code verb}'s own clause (its subtree without clausal dependents),
   * nearest to it when there are several. "now", "currently" ({@code PRESENT_REF} and the other references) date
   * nothing: such an event keeps the document-date bound.
   */
  static Optional<TimeExpression> attached(DepGraph g, int verb, List<TimeExpression> times) {
    Span sentence = g.sentence().span();
    java.util.BitSet clause = g.subtree(verb, CLAUSAL);
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      Span span = new Span(t.start(), t.end());
      boolean calendar = TIME_TYPES.contains(t.type()) && t.value() != null && !t.value().endsWith("_REF");
      if (!sentence.contains(span) || !(calendar || bounded(t))) {
        continue;
      }
      int head = g.headOf(span);
      if (head >= 0 && clause.get(head) && Math.abs(head - verb) < bestDistance
          && !RelativeClause.datesTheMainClause(g, verb, t)) {
        best = t;
        bestDistance = Math.abs(head - verb);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The time of the clause an event word belongs to without heading it: an event noun that is a subject, object or
   * prepositional argument of its clause's verb ("fresh air strikes hit the city on Wednesday", "killed in an
   * explosion in September 2014", "agreed at a meeting late on Tuesday"), a verb completing another ("plans to
   * hold a conference on Tuesday"), a copula or auxiliary. Climbs from {@code anchor} towards the head of its
   * clause: from a noun one link to the verb (or predicate) it is an argument of — not through another noun ("the
   * heels of similar airstrikes", "access to aid") and not from a phrase that places it before or after that verb
   * ("launched raids on Friday after a truce"); from a verb only through an open complement, copula or auxiliary,
   * or as the passive participle of an event noun ("joined on Friday at a ceremony held in ..."); never across a
   * clause boundary. Takes the first time attached on the way; empty when there is none.
   */
  static Optional<TimeExpression> clauseTime(DepGraph g, int anchor, List<TimeExpression> times) {
    int t = anchor;
    for (int hops = 0; hops < 4; hops++) {
      var h = g.head(t);
      if (h.isEmpty() || !climbs(g, t, h.get().relation(), h.get().governor())) {
        return Optional.empty();
      }
      t = h.get().governor();
      Optional<TimeExpression> own = attached(g, t, times);
      if (own.isPresent()) {
        return own;
      }
    }
    return Optional.empty();
  }

  private static boolean climbs(DepGraph g, int t, String relation, int governor) {
    if (relation.equals("acl") && g.token(t).pos().equals("VBN")) {
      return g.token(governor).isNoun();
    }
    if (DepGraph.matches(relation, "ccomp", "advcl", "parataxis", "csubj", "conj", "acl", "dep", "appos", "list")) {
      return false;
    }
    if (g.token(t).isVerb()) {
      return DepGraph.matches(relation, "xcomp", "cop", "aux");
    }
    boolean argument = DepGraph.matches(relation, "nsubj", "obj", "iobj", "obl")
        && !DepGraph.matches(relation, "obl:after", "obl:before", "obl:since", "obl:until", "obl:following");
    return argument && (g.token(governor).isVerb() || !g.children(governor, "cop").isEmpty());
  }

  /** True when {@code verb}'s own clause holds a reference such as "now" or "recently" ({@code *_REF}). */
  static boolean hasReference(DepGraph g, int verb, List<TimeExpression> times) {
    Span sentence = g.sentence().span();
    java.util.BitSet clause = g.subtree(verb, CLAUSAL);
    for (TimeExpression t : times) {
      Span span = new Span(t.start(), t.end());
      if (t.value() != null && t.value().endsWith("_REF") && sentence.contains(span)) {
        int head = g.headOf(span);
        if (head >= 0 && clause.get(head)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A stretch the time stage bounded by the report ("the past four days", "within a month"). */
  private static boolean bounded(TimeExpression t) {
    return "DURATION".equals(t.type()) && "document-date".equals(t.derivation()) && t.latest() != null;
  }

  static DateValue documentDate(Published published, String modality) {
    return DateValue.documentDate(published, mayFollow(modality));
  }

  /** A planned, conditional or obligated event may lie after the report (and after a report verb's date). */
  private static boolean mayFollow(String modality) {
    return modality.equals(ModalityFinder.PLANNED) || modality.equals(ModalityFinder.CONDITIONAL)
        || modality.equals(ModalityFinder.OBLIGATION);
  }

  /**
   * Only a planned or conditional event may postdate the report; any other date after it (an obligation's
   * deadline included) falls back to the open document-date bound.
   */
  private static DateValue clamp(DateValue d, String modality, Published published) {
    if (d.value() == null || published == null || published.latest() == null) {
      return d;
    }
    boolean past = !modality.equals(ModalityFinder.PLANNED) && !modality.equals(ModalityFinder.CONDITIONAL);
    String day = d.value().length() >= 10 ? d.value().substring(0, 10) : d.value();
    if (past && day.matches("\\d{4}(-\\d{2}){0,2}") && day.compareTo(published.latest()) > 0) {
      return documentDate(published, modality);
    }
    return d;
  }

  /**
   * An obligation the text dates only by the report ("had to withdraw ... within 150 hours", the deadline read by
   * the agreement stage) takes the deadline of the provision it states: the linked agreement's obligation whose
   * action begins with the event's trigger word. Any other date is returned unchanged.
   *
   * @param agreement index into {@code agreements}, or null
   */
  static DateValue byDeadline(DateValue date, String modality, String trigger, Integer agreement,
      List<Agreement> agreements) {
    if (!modality.equals(ModalityFinder.OBLIGATION) || agreement == null || agreement >= agreements.size()
        || !"document-date".equals(date.derivation())) {
      return date;
    }
    String word = trigger.toLowerCase(java.util.Locale.ROOT);
    return agreements.get(agreement).obligations().stream()
        .filter(o -> o.deadline() != null && o.deadline().value() != null && o.action() != null)
        .filter(o -> o.action().toLowerCase(java.util.Locale.ROOT).split("\\s+")[0].equals(word))
        .map(Obligation::deadline)
        .findFirst().orElse(date);
  }

  /**
   * An agreement event the text does not date ("a five-day truce" dated only by the report) takes the date the
   * agreement itself was signed or started, when the agreement stage resolved one (from its signing verb, or from
   * an expiry placed relative to a dated act). Otherwise {@code date} unchanged.
   *
   * @param agreement index into {@code agreements}, or null when the event names none
   */
  static DateValue bySigning(DateValue date, String type, Integer agreement, List<Agreement> agreements) {
    if (!"AGREE".equals(type) || agreement == null || agreement >= agreements.size()
        || !"document-date".equals(date.derivation())) {
      return date;
    }
    DateValue signed = agreements.get(agreement).signed();
    return signed == null || signed.value() == null ? date : signed;
  }
}
