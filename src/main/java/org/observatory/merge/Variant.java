package org.observatory.merge;

import java.util.List;

/**
 * One of the values members give for a field, with the members that give it.
 *
 * @param value the value as text (a date value, a place name, a role, a modality, a type)
 * @param eventIds ids of the member events that give it, sorted
 */
public record Variant(String value, List<String> eventIds) {
  public Variant {
    eventIds = List.copyOf(eventIds);
  }
}
