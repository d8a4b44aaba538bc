package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.record.Agreement;
import org.observatory.record.Quote;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;

/**
 * Links an event to who says so (the narrowest {@link SourceChain} whose scope holds the trigger, else the
 * publishing outlet), to the quote that states or threatens it, and to the agreement it signs, fulfils or
 * violates. Stateless.
 */
final class EventLinker {

  private static final Set<String> AGREEMENT_ACTS = Set.of("honor", "honour", "violate", "breach", "break",
      "expire", "implement", "sign", "broker", "fulfil", "fulfill", "respect", "collapse", "extend", "withdraw",
      "pull", "agree");

  List<SourceLink> attribution(Span trigger, List<SourceChain> sources, String outlet) {
    SourceChain best = null;
    for (SourceChain s : sources) {
      if (s.scope().contains(trigger) && (best == null || s.scope().length() < best.scope().length())) {
        best = s;
      }
    }
    if (best != null) {
      return best.links();
    }
    return outlet == null ? List.of() : List.of(new SourceLink(outlet, "outlet", null));
  }

  /**
   * Index of the quote whose words hold the trigger, or whose speech clause is the trigger, or (for a statement
   * read as a threat) whose words lie in the trigger's sentence; null when none.
   */
  Integer quote(Span trigger, Span sentence, boolean statement, List<Quote> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Span words = new Span(q.start(), q.end());
      Span clause = q.provenance() == null ? null : q.provenance().evidence();
      if (words.contains(trigger) || (clause != null && clause.contains(trigger) && !words.contains(clause))) {
        return i;
      }
      if (statement && sentence.overlaps(words)) {
        return i;
      }
    }
    return null;
  }

  /**
   * Index of the agreement whose mention lies in the event's sentence and which the event signs, brokers,
   * fulfils, violates or lets expire, or which obliges it; null when none.
   */
  Integer agreement(DepGraph g, Candidate c, int anchor, String modality, List<Agreement> agreements) {
    Span sentence = g.sentence().span();
    List<String> lemmas = new ArrayList<>();
    lemmas.add(g.lemma(c.token()));
    lemmas.add(g.lemma(anchor));
    for (int o : TriggerFinder.objectLemmas(g, c.token()).isEmpty() ? List.<Integer>of()
        : g.children(c.token(), "obj", "nsubj:pass", "nsubj")) {
      lemmas.add(g.lemma(o));
    }
    boolean act = lemmas.stream().anyMatch(AGREEMENT_ACTS::contains) || c.type() == PloverType.AGREE
        || c.type() == PloverType.REJECT
        || modality.equals(ModalityFinder.OBLIGATION);
    if (!act) {
      return null;
    }
    for (int i = 0; i < agreements.size(); i++) {
      Agreement a = agreements.get(i);
      Span ev = a.provenance() == null ? null : a.provenance().evidence();
      if (ev != null && ev.overlaps(sentence) && mentions(g, a, lemmas)) {
        return i;
      }
    }
    return null;
  }

  private static boolean mentions(DepGraph g, Agreement a, List<String> eventLemmas) {
    String name = a.name() == null ? "" : a.name().toLowerCase(Locale.ROOT);
    String kind = a.kind() == null ? "" : a.kind().toLowerCase(Locale.ROOT);
    for (int i = 0; i < g.size(); i++) {
      String l = g.lemma(i);
      if (l.length() > 3 && (name.contains(l) || kind.equals(l))) {
        return true;
      }
    }
    return eventLemmas.stream().anyMatch(l -> l.length() > 3 && name.contains(l));
  }
}
