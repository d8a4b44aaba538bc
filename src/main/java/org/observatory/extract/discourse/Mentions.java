package org.observatory.extract.discourse;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.record.Actor;

/**
 * Actors and named entities of one document, looked up by span. Immutable and thread-safe.
 *
 * @param actors the actor stage's mentions, never null
 * @param entities the annotator's named-entity mentions, never null
 */
public record Mentions(List<Actor> actors, List<EntityMention> entities) {

  /** Entity types that can be a speaker or a source. */
  public static final Set<String> AGENT_TYPES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY", "TITLE", "MISC");

  public Mentions {
    actors = List.copyOf(actors);
    entities = List.copyOf(entities);
  }

  public static Mentions of(Annotation annotation, List<Actor> actors) {
    return new Mentions(actors, annotation.entities());
  }

  /** The longest actor mention overlapping {@code span}. */
  public Optional<Actor> actorOverlapping(Span span) {
    return actors.stream().filter(a -> span.overlaps(new Span(a.start(), a.end())))
        .max(Comparator.comparingInt((Actor a) -> a.end() - a.start()));
  }

  /** Actor mentions lying inside {@code span}, in text order. */
  public List<Actor> actorsIn(Span span) {
    return actors.stream().filter(a -> span.contains(new Span(a.start(), a.end())))
        .sorted(Comparator.comparingInt(Actor::start)).toList();
  }

  /** The longest agent-like entity mention overlapping {@code span} (pronominal mentions excluded). */
  public Optional<EntityMention> entityOverlapping(Span span) {
    return entities.stream().filter(e -> AGENT_TYPES.contains(e.type()) && e.span().overlaps(span)
            && !Lexicon.PRONOUNS.contains(e.text().toLowerCase()))
        .max(Comparator.comparingInt(e -> e.span().length()));
  }

  /** The nearest person actor (or PERSON entity) ending before {@code offset}: antecedent of "he"/"she". */
  public Optional<Span> lastPersonBefore(int offset) {
    Optional<Span> actor = actors.stream()
        .filter(a -> a.end() <= offset && isPerson(a) && !Lexicon.PRONOUNS.contains(a.text().toLowerCase()))
        .map(a -> new Span(a.start(), a.end())).max(Comparator.naturalOrder());
    Optional<Span> entity = entities.stream().filter(e -> e.span().end() <= offset && e.type().equals("PERSON")
            && !Lexicon.PRONOUNS.contains(e.text().toLowerCase()))
        .map(EntityMention::span).max(Comparator.naturalOrder());
    if (actor.isEmpty()) {
      return entity;
    }
    if (entity.isEmpty()) {
      return actor;
    }
    return Optional.of(actor.get().compareTo(entity.get()) >= 0 ? actor.get() : entity.get());
  }

  private static boolean isPerson(Actor a) {
    return "person".equals(a.sector()) || a.title() != null;
  }
}
