package org.observatory.merge;

import java.util.List;

/**
 * A field on which the members of a merged event disagree, every value kept side by side.
 *
 * @param field {@code type}, {@code date}, {@code location}, {@code modality} or {@code actor-role}
 * @param subject what the field is about: the canonical actor for {@code actor-role}, else null
 * @param variants the distinct values (at least two), sorted by value
 */
public record Conflict(String field, String subject, List<Variant> variants) {
  public Conflict {
    variants = List.copyOf(variants);
  }
}
