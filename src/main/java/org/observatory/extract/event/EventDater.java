package org.observatory.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * Dates an event. In order: a DATE/TIME expression attached to the trigger's clause (directly, or to the light or
 * governing verb of a nominal event); for content under a report verb, the report's own date ("reported on
 * Sunday that ...", derivation {@code anchor}); else the publication date, marked {@code document-date} with an
 * open lower bound (never silently). A past, asserted or reported event is never dated after the publication
 * date. Stateless.
 */
final class EventDater {

  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

  DateValue date(DepGraph g, int anchor, String modality, List<TimeExpression> times, Published published) {
    Optional<TimeExpression> own = attached(g, anchor, times);
    DateValue d;
    if (own.isPresent()) {
      d = of(own.get(), own.get().derivation() == null ? "explicit" : own.get().derivation());
    } else {
      d = ModalityFinder.reportingVerb(g, anchor)
          .flatMap(r -> attached(g, r, times))
          .map(t -> of(t, "anchor"))
          .orElseGet(() -> documentDate(published, modality));
    }
    return clamp(d, modality, published);
  }

  private static DateValue of(TimeExpression t, String derivation) {
    return new DateValue(t.value(), t.precision(), t.text(), derivation, null, null);
  }

  /** A time expression whose head token hangs directly from {@code verb} (or lies in its non-clausal subtree). */
  static Optional<TimeExpression> attached(DepGraph g, int verb, List<TimeExpression> times) {
    Span sentence = g.sentence().span();
    for (TimeExpression t : times) {
      Span span = new Span(t.start(), t.end());
      if (!sentence.contains(span) || !TIME_TYPES.contains(t.type()) || t.value() == null) {
        continue;
      }
      int head = g.headOf(span);
      if (head >= 0 && governedWithinClause(g, head, verb)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** True when walking up from {@code token} reaches {@code verb} before crossing into another clause. */
  private static boolean governedWithinClause(DepGraph g, int token, int verb) {
    int cur = token;
    for (int hops = 0; hops < 5; hops++) {
      var h = g.head(cur);
      if (h.isEmpty()) {
        return false;
      }
      if (h.get().governor() == verb) {
        return DepGraph.matches(h.get().relation(), "obl", "nmod", "advmod", "compound", "dep", "nummod");
      }
      if (DepGraph.matches(h.get().relation(), "ccomp", "advcl", "acl", "xcomp", "conj", "parataxis",
          "nsubj", "obj")) {
        return false;
      }
      cur = h.get().governor();
    }
    return false;
  }

  static DateValue documentDate(Published published, String modality) {
    if (published == null || published.value() == null) {
      return DateValue.unresolved(null);
    }
    boolean future = modality.equals(ModalityFinder.PLANNED) || modality.equals(ModalityFinder.CONDITIONAL)
        || modality.equals(ModalityFinder.OBLIGATION);
    return new DateValue(published.value(), "approximate", null, "document-date",
        future ? published.value() : null, future ? null : published.value());
  }

  /** A past event cannot postdate the report: such a date falls back to the open document-date bound. */
  private static DateValue clamp(DateValue d, String modality, Published published) {
    if (d.value() == null || published == null || published.latest() == null) {
      return d;
    }
    boolean past = !modality.equals(ModalityFinder.PLANNED) && !modality.equals(ModalityFinder.CONDITIONAL)
        && !modality.equals(ModalityFinder.OBLIGATION);
    String day = d.value().length() >= 10 ? d.value().substring(0, 10) : d.value();
    if (past && day.matches("\\d{4}(-\\d{2}){0,2}") && day.compareTo(published.latest()) > 0) {
      return documentDate(published, modality);
    }
    return d;
  }
}
