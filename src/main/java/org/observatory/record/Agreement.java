package org.observatory.record;

import java.util.List;
import org.observatory.core.Provenance;

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
 * @param provenance stage, rule and evidence (the mentions)
 */
public record Agreement(String name, String kind, List<String> parties, List<String> brokers, DateValue signed,
    DateValue expires, List<Obligation> obligations, Provenance provenance) {

  public Agreement {
    parties = List.copyOf(parties);
    brokers = List.copyOf(brokers);
    obligations = List.copyOf(obligations);
  }
}
