package org.observatory.record;

import java.util.List;
import org.observatory.core.Provenance;
import org.observatory.core.Span;

/**
 * An agreement, memorandum, ceasefire or truce as an object.
 *
 * @param name its name as the text gives it ("Sochi agreement", "memorandum of understanding", "five-day truce")
 * @param kind agreement, memorandum, ceasefire or truce
 * @param parties canonical parties
 * @param brokers canonical brokers
 * @param signed when it was signed or started, or null
 * @param expires when it ends (a truce of fixed length), or null
 * @param obligations provisions with party and deadline
 * @param provenance stage, rule and evidence (the first mention); the rule also says where parties came from
 *     when the agreement's own sentence does not name them
 * @param duration fixed length as an ISO-8601 duration ({@code P5D} for a five-day truce), or null
 * @param mentions every span of {@code document.text} that mentions it, in text order, never null
 */
public record Agreement(String name, String kind, List<String> parties, List<String> brokers, DateValue signed,
    DateValue expires, List<Obligation> obligations, Provenance provenance, String duration, List<Span> mentions) {

  public Agreement {
    parties = List.copyOf(parties);
    brokers = List.copyOf(brokers);
    obligations = List.copyOf(obligations);
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
  }

  /** Without length and mentions (the original shape, kept for callers that predate them). */
  public Agreement(String name, String kind, List<String> parties, List<String> brokers, DateValue signed,
      DateValue expires, List<Obligation> obligations, Provenance provenance) {
    this(name, kind, parties, brokers, signed, expires, obligations, provenance, null, List.of());
  }
}
