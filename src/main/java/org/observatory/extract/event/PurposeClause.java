package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.observatory.record.DateValue;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;

/**
 * "Turkey brought in a column of forces to be deployed in Idlib, two days after ...": an infinitival purpose
 * clause whose act is of the same type as its main verb's is the same event, not a second one. The two become one
 * event on the main trigger, with the main clause's participants, the more precise of the two places, and the
 * purpose clause's date when the main clause has only the document date. Stateless.
 */
final class PurposeClause {

  private static final List<String> PRECISION = List.of("point", "locality", "admin3", "admin2", "admin1",
      "country", "region");
  private static final Set<String> WEAK_DATES = Set.of("document-date", "unresolved");

  private PurposeClause() {}

  /**
   * True when {@code inner} is an infinitival purpose adjunct of {@code outer} ("to be deployed"): an adverbial
   * clause marked "to" without a subject of its own (a clause with its own subject, "with the groups having to
   * withdraw", is another act).
   */
  static boolean isPurposeOf(DepGraph g, int inner, int outer) {
    boolean attached = g.head(inner).filter(d -> d.governor() == outer
        && DepGraph.matches(d.relation(), "advcl")).isPresent();
    boolean to = g.children(inner, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
    boolean ownSubject = g.edges(inner).stream().anyMatch(d -> DepGraph.matches(d.relation(), "nsubj", "csubj")
        && !d.relation().equals("nsubj:xsubj"));
    return attached && to && !ownSubject;
  }

  /**
   * One sentence's events with each purpose-clause event folded into its main clause's event;
   * {@code candidates.get(i)} produced {@code events.get(i)}.
   */
  static List<Event> merge(DepGraph g, List<Candidate> candidates, List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    boolean[] dropped = new boolean[events.size()];
    for (int i = 0; i < candidates.size(); i++) {
      for (int j = 0; j < candidates.size(); j++) {
        Candidate main = candidates.get(i);
        Candidate inner = candidates.get(j);
        if (i != j && !dropped[i] && !dropped[j] && !main.nominal() && !inner.nominal()
            && out.get(i).type().equals(out.get(j).type()) && isPurposeOf(g, inner.token(), main.token())) {
          out.set(i, fold(out.get(i), out.get(j)));
          dropped[j] = true;
        }
      }
    }
    List<Event> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (!dropped[i]) {
        kept.add(out.get(i));
      }
    }
    return kept;
  }

  static Event fold(Event main, Event inner) {
    List<EventActor> actors = new ArrayList<>(main.actors());
    inner.actors().stream().filter(a -> main.actors().stream().noneMatch(m -> m.text().equals(a.text())))
        .forEach(actors::add);
    DateValue date = weak(main.date()) && !weak(inner.date()) ? inner.date() : main.date();
    Place place = finer(main.location(), inner.location());
    return new Event(main.id(), main.type(), main.mode(), main.acled(), main.trigger(), actors, place, date,
        main.modality(), main.attribution(), main.evidence(), main.quote(),
        main.agreement() != null ? main.agreement() : inner.agreement(), main.provenance());
  }

  private static boolean weak(DateValue d) {
    return d == null || d.value() == null || WEAK_DATES.contains(String.valueOf(d.derivation()))
        || "unresolved".equals(d.precision());
  }

  private static Place finer(Place a, Place b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return rank(b) < rank(a) ? b : a;
  }

  private static int rank(Place p) {
    int r = PRECISION.indexOf(p.precision());
    return r < 0 ? PRECISION.size() : r;
  }
}
