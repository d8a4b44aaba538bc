package org.observatory.eval.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.DateValue;
import org.observatory.record.TimeExpression;

/**
 * Scores which time expression dates each event, against TimeML's event-time links in the same sentence.
 *
 * <p>An event is scored when the gold links it to a DATE or TIME expression of its own sentence (the DCT and
 * durations aside). The gold's <em>overlap</em> links (the event happens within, during, at, or starting/ending
 * at the time: IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY, IDENTITY) name the
 * expressions that date it; its BEFORE/AFTER links name expressions that must not. The system's choice is the
 * expression its date came from ({@link DateValue#text()}, found in the sentence), or none. Outcomes:
 * {@code right} (an overlap-linked expression), {@code bound} (dated "on or before" an expression the gold puts
 * the event before or within: content of a report, neither right nor wrong), {@code none} (no expression of the sentence, though one is
 * linked), {@code before-after} (an expression the gold puts the event before or after), {@code other} (an
 * expression the gold does not link, on an event that has an overlap link); on an event with only BEFORE/AFTER
 * links, choosing none or an unlinked expression is {@code unlinked} and not counted against precision (TimeBank's
 * links are not exhaustive). Stateless.
 */
public final class EventTimeScorer {

  static final Set<String> OVERLAP = Set.of("IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS",
      "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY", "IDENTITY");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

  /** What decides an event's date: the product's dater, or a baseline that reads the same inputs. */
  public interface Dater {
    /** The date of the event at {@code token} of {@code sentence}; never null. */
    DateValue date(Sentence sentence, int token, List<TimeExpression> times);
  }

  /** One scored event's outcome. */
  public enum Outcome { RIGHT, BOUND, NONE, BEFORE_AFTER, OTHER, UNLINKED }

  /** Counts of outcomes; also the events whose date took the linked gold value exactly. */
  public record Counts(int right, int bound, int none, int beforeAfter, int other, int unlinked, int overlapEvents,
      int rightValue, int goldTimeFound) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(right + o.right, bound + o.bound, none + o.none, beforeAfter + o.beforeAfter,
          other + o.other,
          unlinked + o.unlinked, overlapEvents + o.overlapEvents, rightValue + o.rightValue,
          goldTimeFound + o.goldTimeFound);
    }

    /** Right choices over all judged choices (right, before-after, other). */
    public double precision() {
      int judged = right + beforeAfter + other;
      return judged == 0 ? 0 : (double) right / judged;
    }

    /** Right choices over events with an overlap link. */
    public double recall() {
      return overlapEvents == 0 ? 0 : (double) right / overlapEvents;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int events() {
      return right + bound + none + beforeAfter + other + unlinked;
    }
  }

  /** Counts plus one line per wrong or missing choice. */
  public record Result(Counts counts, List<String> errors) {}

  public Result score(TimeMlDocument doc, Annotation a, List<TimeExpression> times, Dater dater) {
    Map<String, TimeMlDocument.Gold> timexes = doc.gold().stream()
        .collect(Collectors.toMap(TimeMlDocument.Gold::id, Function.identity(), (x, y) -> x));
    Counts total = Counts.ZERO;
    List<String> errors = new ArrayList<>();
    for (TimeMlDocument.Event e : doc.events()) {
      Optional<Sentence> s = sentenceOf(a, e.span());
      if (s.isEmpty()) {
        continue;
      }
      List<TimeMlDocument.Gold> overlap = new ArrayList<>();
      List<TimeMlDocument.Gold> apart = new ArrayList<>();
      List<TimeMlDocument.Gold> after = new ArrayList<>();
      for (TimeMlDocument.EventTimeLink l : doc.links()) {
        TimeMlDocument.Gold t = timexes.get(l.timexId());
        if (l.eventId().equals(e.id()) && t != null && TIME_TYPES.contains(t.type()) && isCalendar(t)
            && s.get().span().contains(t.span())) {
          (OVERLAP.contains(l.relation()) ? overlap : apart).add(t);
          if (l.relation().endsWith("AFTER")) {
            after.add(t);
          }
        }
      }
      if (overlap.isEmpty() && apart.isEmpty()) {
        continue;
      }
      int token = tokenOf(s.get(), e.span());
      if (token < 0) {
        continue;
      }
      DateValue d = dater.date(s.get(), token, times);
      Optional<TimeExpression> chosen = chosen(s.get(), token, d, times);
      Outcome o = outcome(chosen, isBound(d), overlap, apart, after);
      boolean found = overlap.stream().anyMatch(g -> times.stream().anyMatch(t -> overlaps(t, g.span())));
      boolean rightValue = o == Outcome.RIGHT && overlap.stream().anyMatch(g -> g.value().equals(d.value()));
      total = total.plus(count(o, !overlap.isEmpty(), rightValue, found));
      if (o != Outcome.RIGHT && o != Outcome.UNLINKED) {
        errors.add(line(doc, s.get(), e, o, chosen, overlap, apart, d));
      }
    }
    return new Result(total, errors);
  }

  /** A gold value naming a time ("1998-08-07", "1998-W33", "1998-FA"), not a reference such as PRESENT_REF. */
  private static boolean isCalendar(TimeMlDocument.Gold t) {
    return t.value() != null && !t.value().endsWith("_REF");
  }

  private static Counts count(Outcome o, boolean hasOverlap, boolean rightValue, boolean found) {
    return new Counts(o == Outcome.RIGHT ? 1 : 0, o == Outcome.BOUND ? 1 : 0, o == Outcome.NONE ? 1 : 0, o == Outcome.BEFORE_AFTER ? 1 : 0,
        o == Outcome.OTHER ? 1 : 0, o == Outcome.UNLINKED ? 1 : 0, hasOverlap ? 1 : 0, rightValue ? 1 : 0,
        hasOverlap && found ? 1 : 0);
  }

  /**
   * The outcome of one choice. A bound ("on or before Saturday", content of a report dated Saturday) is
   * {@code BOUND} when the gold puts the event before or within that expression, an error when after it;
   * {@code after} holds the expressions of {@code apart} the gold puts the event after.
   */
  static Outcome outcome(Optional<TimeExpression> chosen, boolean bound, List<TimeMlDocument.Gold> overlap,
      List<TimeMlDocument.Gold> apart, List<TimeMlDocument.Gold> after) {
    if (bound && chosen.isPresent()) {
      if (after.stream().anyMatch(g -> overlaps(chosen.get(), g.span()))) {
        return Outcome.BEFORE_AFTER;
      }
      boolean linked = overlap.stream().anyMatch(g -> overlaps(chosen.get(), g.span()))
          || apart.stream().anyMatch(g -> overlaps(chosen.get(), g.span()));
      return linked ? Outcome.BOUND : overlap.isEmpty() ? Outcome.UNLINKED : Outcome.OTHER;
    }
    if (chosen.isPresent() && overlap.stream().anyMatch(g -> overlaps(chosen.get(), g.span()))) {
      return Outcome.RIGHT;
    }
    if (chosen.isPresent() && apart.stream().anyMatch(g -> overlaps(chosen.get(), g.span()))) {
      return Outcome.BEFORE_AFTER;
    }
    if (overlap.isEmpty()) {
      return Outcome.UNLINKED;
    }
    return chosen.isPresent() ? Outcome.OTHER : Outcome.NONE;
  }

  /**
   * A date that only bounds the event from above by its expression ("on or before" a report's day, "by Friday"): no
   * lower end, an upper one.
   */
  static boolean isBound(DateValue d) {
    return d.earliest() == null && d.latest() != null && d.text() != null && "approximate".equals(d.precision());
  }

  /**
   * The expression of the sentence the date came from: the one whose text the date names, nearest the event when
   * several have that text; empty for a date taken from the document or from no expression of the sentence.
   */
  static Optional<TimeExpression> chosen(Sentence s, int token, DateValue d, List<TimeExpression> times) {
    if (d.text() == null) {
      return Optional.empty();
    }
    int at = s.tokens().get(token).span().start();
    TimeExpression best = null;
    for (TimeExpression t : times) {
      if (s.span().contains(new Span(t.start(), t.end())) && t.text().equals(d.text())
          && (best == null || Math.abs(t.start() - at) < Math.abs(best.start() - at))) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean overlaps(TimeExpression t, Span gold) {
    return new Span(t.start(), t.end()).overlaps(gold);
  }

  private static Optional<Sentence> sentenceOf(Annotation a, Span span) {
    return a.sentences().stream().filter(s -> s.span().contains(span)).findFirst();
  }

  /** The last token overlapping the event's span (events are one word; a word split in tokens keeps its last). */
  private static int tokenOf(Sentence s, Span span) {
    List<Token> tokens = s.tokens();
    int found = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().overlaps(span)) {
        found = i;
      }
    }
    return found;
  }

  private static String line(TimeMlDocument doc, Sentence s, TimeMlDocument.Event e, Outcome o,
      Optional<TimeExpression> chosen, List<TimeMlDocument.Gold> overlap, List<TimeMlDocument.Gold> apart,
      DateValue d) {
    String text = doc.text();
    String marked = (text.substring(s.span().start(), e.span().start()) + "[[" + e.text() + "]]"
        + text.substring(e.span().end(), s.span().end())).replaceAll("\\s+", " ").trim();
    return doc.name() + "\t" + o.name().toLowerCase().replace('_', '-') + "\t" + e.text() + " (" + e.eventClass()
        + ")\tgold " + names(overlap) + (apart.isEmpty() ? "" : " not " + names(apart)) + "\tsystem "
        + chosen.map(t -> "'" + t.text() + "'").orElse("-") + " " + d.derivation() + " " + d.value() + "\t| "
        + marked;
  }

  private static String names(List<TimeMlDocument.Gold> golds) {
    return golds.stream().map(g -> "'" + g.text() + "'").collect(Collectors.joining(","));
  }
}
