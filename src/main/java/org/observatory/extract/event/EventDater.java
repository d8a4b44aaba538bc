package org.observatory.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.record.Agreement;
import org.observatory.record.DateValue;
import org.observatory.record.Obligation;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * Dates an event. In order: a DATE/TIME expression attached to the trigger's clause (directly, or to the light or
 * governing verb of a nominal event); else the time of a clause that shares its time ({@link ClauseMates}: a
 * conjoined verb, the verb a participle or when/as clause hangs from); for content under a report verb, the report's own date ("reported on
 * Sunday that ...", derivation {@code anchor}); else the publication date, marked {@code document-date} with an
 * open lower bound (never silently). A past, asserted or reported event is never dated after the publication
 * date. Stateless.
 */
final class EventDater {

  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");
  private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "csubj", "xcomp", "conj", "acl");

  DateValue date(DepGraph g, int anchor, String modality, List<TimeExpression> times, Published published) {
    Optional<DateValue> shifted = RelativeClause.date(g, anchor, times);
    Optional<TimeExpression> own = attached(g, anchor, times)
        .or(() -> RelativeClause.mainClauseTime(g, anchor, times));
    DateValue d;
    if (shifted.isPresent()) {
      d = shifted.get();
    } else if (own.isPresent()) {
      d = of(own.get(), "explicit".equals(own.get().derivation()) ? "explicit" : "anchor");
    } else {
      d = ClauseMates.time(g, anchor, times)
          .map(t -> of(t, "explicit".equals(t.derivation()) ? "explicit" : "anchor"))
          .or(() -> ModalityFinder.reportingVerb(g, anchor)
              .flatMap(r -> attached(g, r, times).or(() -> ClauseMates.time(g, r, times)))
              .map(t -> of(t, "anchor")))
          .orElseGet(() -> documentDate(published, modality));
    }
    return clamp(d, modality, published);
  }

  private static DateValue of(TimeExpression t, String derivation) {
    return new DateValue(t.value(), t.precision(), t.text(), derivation, null, null);
  }

  /**
   * The time expression whose head lies in {@code verb}'s own clause (its subtree without clausal dependents),
   * nearest to it when there are several.
   */
  static Optional<TimeExpression> attached(DepGraph g, int verb, List<TimeExpression> times) {
    Span sentence = g.sentence().span();
    java.util.BitSet clause = g.subtree(verb, CLAUSAL);
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      Span span = new Span(t.start(), t.end());
      if (!sentence.contains(span) || !TIME_TYPES.contains(t.type()) || t.value() == null) {
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

  static DateValue documentDate(Published published, String modality) {
    boolean future = modality.equals(ModalityFinder.PLANNED) || modality.equals(ModalityFinder.CONDITIONAL)
        || modality.equals(ModalityFinder.OBLIGATION);
    return DateValue.documentDate(published, future);
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
