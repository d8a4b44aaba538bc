package org.observatory.extract.actor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.nlp.Token;
import org.observatory.record.Actor;

/**
 * Read-only queries over one document's {@link org.observatory.pipeline.Slot#ACTORS} list, for the stages after
 * actors (quotes, attribution, agreements, events). Immutable and thread-safe.
 */
public final class ActorIndex {

  private final List<Actor> actors;

  /** @param actors the ACTORS slot value, in any order; never null */
  public ActorIndex(List<Actor> actors) {
    this.actors = actors.stream().sorted(Comparator.comparingInt(Actor::start)).toList();
  }

  public List<Actor> all() {
    return actors;
  }

  /** The smallest actor mention whose span contains {@code span}, else the longest one overlapping it. */
  public Optional<Actor> covering(Span span) {
    Optional<Actor> inside = actors.stream().filter(a -> spanOf(a).contains(span))
        .min(Comparator.comparingInt(a -> a.end() - a.start()));
    return inside.isPresent() ? inside : actors.stream().filter(a -> spanOf(a).overlaps(span))
        .max(Comparator.comparingInt(a -> a.end() - a.start()));
  }

  /** The actor mention containing the character at {@code offset}. */
  public Optional<Actor> at(int offset) {
    return actors.stream().filter(a -> a.start() <= offset && offset < a.end()).findFirst();
  }

  /** The actor mention covering a token (e.g. the head of a dependency edge). */
  public Optional<Actor> ofToken(Token token) {
    return covering(token.span());
  }

  /** Actor mentions lying entirely inside {@code span} (e.g. a sentence or a clause), in text order. */
  public List<Actor> within(Span span) {
    return actors.stream().filter(a -> span.contains(spanOf(a))).toList();
  }

  /** All mentions of the actor with this canonical identity (see {@link #identity}), in text order. */
  public List<Actor> mentionsOf(String identity) {
    return actors.stream().filter(a -> identity(a).equals(identity)).toList();
  }

  /**
   * The identity used for merging: the canonical name, case-folded. "Turkey", "Turkish" and "Ankara" share it
   * (their sectors may differ); so do "Erdogan" and "President Recep Tayyip Erdogan".
   */
  public static String identity(Actor a) {
    return a.canonical().toLowerCase(Locale.ROOT);
  }

  /** Same actor (identity) and same sector: "Syrian army" and "Syrian government forces" are the same agency. */
  public static boolean sameAgency(Actor a, Actor b) {
    return identity(a).equals(identity(b)) && Objects.equals(a.sector(), b.sector());
  }

  /** Same actor identity, whatever the sector. */
  public static boolean sameActor(Actor a, Actor b) {
    return identity(a).equals(identity(b));
  }

  private static Span spanOf(Actor a) {
    return new Span(a.start(), a.end());
  }
}
