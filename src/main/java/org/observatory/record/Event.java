package org.observatory.record;

import java.util.List;
import org.observatory.core.Provenance;
import org.observatory.core.Span;

/**
 * One coded event.
 *
 * @param id stable id within the document ({@code documentId/e<n>})
 * @param type PLOVER event type (MOBILIZE, THREATEN, ASSAULT, AGREE, CONSULT, ...)
 * @param mode PLOVER mode, or null
 * @param acled ACLED type and sub-type when one applies, else null
 * @param trigger the trigger words
 * @param actors participants with roles
 * @param location where it happened, or null
 * @param date when it happened (never silently the document date)
 * @param modality asserted, reported, conditional, negated, planned or obligation
 * @param attribution who says so, nearest first, ending with the publishing outlet
 * @param evidence the sentence (or clause) the event was read from
 * @param quote index into {@code quotes} of the quote stating or threatening it, or null
 * @param agreement index into {@code agreements} of the agreement it concerns, or null
 * @param provenance stage, rule and evidence
 */
public record Event(String id, String type, String mode, Acled acled, Trigger trigger, List<EventActor> actors,
    Place location, DateValue date, String modality, List<SourceLink> attribution, Span evidence, Integer quote,
    Integer agreement, Provenance provenance) {

  public Event {
    actors = List.copyOf(actors);
    attribution = List.copyOf(attribution);
  }
}
