package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.GreatCircle;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Actor;
import org.observatory.record.Place;

/**
 * Locates an event: a place inside the trigger's oblique or nominal modifiers ("through X", "in X", "on the road
 * linking X to Y"; the most precise when a phrase names several), else the place nearest the trigger in the same
 * sentence that is not a clause's subject nor a mention the actor stage took for an actor ("Turkey dispatched
 * ...", "said Turkey may launch ..."), else none. An agent ("brokered by Russia") is never a location. A route phrase naming two
 * located places ("linking X to Y", "between X and Y") gives a point halfway between them, with half their
 * distance as uncertainty. An organisation's base ("the Britain-based monitor", "a group based in the UK") is never
 * a location ({@link OrganisationBase}). Stateless.
 */
final class EventLocator {

  private static final Set<String> NOT_CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "conj", "nsubj", "csubj");

  Optional<Place> locate(String text, DepGraph g, int trigger, int anchor, List<Place> places, List<Actor> actors) {
    Span sentence = g.sentence().span();
    List<Place> inSentence = places.stream()
        .filter(p -> sentence.contains(new Span(p.start(), p.end())) && !isAgentPlace(g, p)
            && !OrganisationBase.isBase(text, g, p)).toList();
    if (inSentence.isEmpty()) {
      return Optional.empty();
    }
    for (int head : List.of(trigger, anchor)) {
      for (int obl : g.children(head, "obl", "nmod", "obj", "advmod")) {
        if (obl == trigger) {
          continue;
        }
        BitSet sub = g.subtree(obl, NOT_CLAUSAL);
        List<Place> inside = within(g, sub, inSentence);
        if (inside.size() >= 2 && isRoute(g, sub)) {
          Optional<Place> mid = midpoint(text, inside.get(0), inside.get(1));
          if (mid.isPresent()) {
            return mid;
          }
        }
        if (!inside.isEmpty()) {
          return Optional.of(finest(inside));
        }
      }
    }
    int at = g.token(trigger).span().start();
    Place best = null;
    for (Place p : inSentence) {
      if (isSubject(g, p) || isActor(p, actors)) {
        continue;
      }
      if (best == null || Math.abs(p.start() - at) < Math.abs(best.start() - at)) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A place mention that the actor stage took for an actor ("... said Turkey may launch ...", whatever the parse) is
   * a party there, not where the event happens.
   */
  private static boolean isActor(Place p, List<Actor> actors) {
    return actors.stream().anyMatch(a -> a.start() <= p.start() && p.end() <= a.end());
  }

  /** A place named as a clause's subject ("Turkey dispatched ...") is an actor there, not a location. */
  private static boolean isSubject(DepGraph g, Place p) {
    int t = g.headOf(new Span(p.start(), p.end()));
    return t >= 0 && g.head(t).map(d -> DepGraph.matches(d.relation(), "nsubj")).orElse(false);
  }

  /**
   * The agent of a passive or participle ("a ceasefire brokered by Russia and Turkey", "an offensive by Syrian
   * forces"): a party, not a location, also when it names a country.
   */
  private static boolean isAgent(DepGraph g, int t) {
    return g.head(t).map(d -> DepGraph.matches(d.relation(), "obl:by", "obl:agent", "nmod:by", "nmod:agent")
        && (g.token(d.governor()).pos().equals("VBN") || g.token(d.governor()).isNoun())).orElse(false);
  }

  private static boolean isAgentPlace(DepGraph g, Place p) {
    int t = g.headOf(new Span(p.start(), p.end()));
    if (t < 0) {
      return false;
    }
    int cur = t;
    for (int hops = 0; hops < 2; hops++) {
      if (isAgent(g, cur)) {
        return true;
      }
      var h = g.head(cur);
      if (h.isEmpty() || !DepGraph.matches(h.get().relation(), "conj")) {
        return false;
      }
      cur = h.get().governor();
    }
    return false;
  }

  /**
   * The most precise of the places inside one phrase: "in Syria's northwestern province of Idlib" is in Idlib; the
   * possessor or the larger unit only names the container. The first one on a tie.
   */
  static Place finest(List<Place> places) {
    Place best = places.get(0);
    for (Place p : places) {
      if (rank(p) < rank(best)) {
        best = p;
      }
    }
    return best;
  }

  private static final List<String> PRECISION = List.of("point", "locality", "admin3", "admin2", "admin1",
      "country", "region");

  private static int rank(Place p) {
    int r = PRECISION.indexOf(p.precision());
    return r < 0 ? PRECISION.size() : r;
  }

  private static List<Place> within(DepGraph g, BitSet tokens, List<Place> places) {
    List<Place> out = new ArrayList<>();
    for (Place p : places) {
      int t = g.tokenAt(p.start());
      if (t >= 0 && tokens.get(t)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isRoute(DepGraph g, BitSet tokens) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      String l = g.lemma(i);
      if (l.equals("link") || l.equals("between") || l.equals("connect") || l.equals("road")
          || l.equals("highway")) {
        return true;
      }
    }
    return false;
  }

  /** The point halfway between two located places, or empty when either lacks coordinates. */
  static Optional<Place> midpoint(String text, Place a, Place b) {
    if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
      return Optional.empty();
    }
    double lat = (a.lat() + b.lat()) / 2;
    double lon = (a.lon() + b.lon()) / 2;
    double km = GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    Span span = new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    String name = "between " + a.name() + " and " + b.name();
    return Optional.of(new Place(span.of(text), span.start(), span.end(), name, null, lat, lon, a.country(), a.admin1(),
        null, "point", false, km / 2, "midpoint of the route linking " + a.name() + " and " + b.name(),
        Provenance.of("events", "route-midpoint", span)));
  }

}
