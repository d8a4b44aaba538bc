package org.observatory.extract.actor;

import java.time.LocalDate;

/**
 * One CAMEO code an actor holds, optionally for a period: {@code [TURGOV 021118-030314]}, {@code [TURGOV >030314]}.
 *
 * @param code CAMEO code, e.g. {@code TURGOV}, never null
 * @param from first day (inclusive), null when open
 * @param to last day (inclusive), null when open
 */
record Role(String code, LocalDate from, LocalDate to) {

  boolean isDated() {
    return from != null || to != null;
  }

  boolean isOpenEnded() {
    return from != null && to == null;
  }

  boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
