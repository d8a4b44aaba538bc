package org.observatory.merge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.observatory.record.Acled;
import org.observatory.record.DateValue;
import org.observatory.record.EventActor;
import org.observatory.record.Place;

/**
 * One real-world event as reported by one or more documents. Immutable. The headline fields ({@code type} to
 * {@code actors}) summarise the members; where members disagree, {@code conflicts} keeps every value with the
 * members that give it, so nothing a report says is overwritten.
 *
 * @param id stable id: the smallest member event id (see {@code docs/merging.md})
 * @param type the PLOVER type most members give (ties: alphabetically first)
 * @param acled the ACLED coding of the first member (by event id) that has one, or null
 * @param date the narrowest member date (ties: smallest event id), or null when no member is dated
 * @param location the most precise member location (ties: smallest event id), or null
 * @param modality the modality most members give (ties: alphabetically first), or null
 * @param actors the members' participants, each distinct (role, canonical or text) once, in member order
 * @param members the reports, sorted by event id, never empty
 * @param sources every member's attribution chain with its document, in member order
 * @param conflicts fields on which members disagree, in field order; empty when they all agree
 */
public record MergedEvent(String id, String type, Acled acled, DateValue date, Place location, String modality,
    List<EventActor> actors, List<Member> members, List<Source> sources, List<Conflict> conflicts) {

  public MergedEvent {
    Objects.requireNonNull(id, "id");
    actors = List.copyOf(actors);
    members = List.copyOf(members);
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
  }

  /** Number of reports. */
  public int reports() {
    return members.size();
  }

  /** The distinct non-null outlets of the members, in member order. */
  public List<String> outlets() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    members.stream().map(Member::outlet).filter(Objects::nonNull).forEach(out::add);
    return List.copyOf(out);
  }

  /** True when members disagree on some field. */
  public boolean conflicting() {
    return !conflicts.isEmpty();
  }
}
