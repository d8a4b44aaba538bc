package org.observatory.extract.agreement;

import java.util.Locale;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Mentions;
import org.observatory.record.Actor;

/**
 * Names parties and brokers canonically: the actor a mention resolves to; a head of state or government (an actor
 * with a title and a country) stands for the state when the document names that state as an actor; else the text
 * without its article.
 */
final class PartyNames {

  private final String text;
  private final Mentions mentions;

  PartyNames(String text, Mentions mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  String name(Span span) {
    Optional<Actor> actor = mentions.actorOverlapping(span).filter(PartyNames::isProper);
    if (actor.isPresent()) {
      return stateOf(actor.get()).orElse(actor.get().canonical());
    }
    return span.of(text).strip().replaceFirst("(?i)^(the|a|an)\\s+", "");
  }

  /** A named actor ("Turkey", "Takfiri militants"), not a generic one ("forces", "militants"). */
  static boolean isProper(Actor a) {
    return a.canonical() != null && !a.canonical().isEmpty() && Character.isUpperCase(a.canonical().charAt(0));
  }

  /** The state a titled person acts for, when an actor of the document is that state. */
  Optional<String> stateOf(Actor person) {
    if (person.title() == null || person.country() == null) {
      return Optional.empty();
    }
    String title = person.title().toLowerCase(Locale.ROOT);
    boolean acts = title.contains("president") || title.contains("minister") || title.contains("king")
        || title.contains("emir") || title.contains("chancellor") || title.contains("leader")
        || title.contains("premier") || title.contains("sultan");
    if (!acts) {
      return Optional.empty();
    }
    return mentions.actors().stream()
        .filter(a -> person.country().equals(a.code()) && a.title() == null)
        .map(Actor::canonical).findFirst();
  }
}
