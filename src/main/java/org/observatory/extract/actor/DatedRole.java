package org.observatory.extract.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One CAMEO role of a dictionary actor, as {@link ActorDictionary#rolesOf(String)} returns it: the code and the
 * period it was held ({@code [USAGOV 930120-010120]} gives {@code USAGOV}, 1993-01-20, 2001-01-20).
 *
 * @param code CAMEO code ({@code USAGOV}, {@code ISRELI}), never null
 * @param from first day (inclusive), null when open or undated
 * @param to last day (inclusive), null when open or undated
 */
public record DatedRole(String code, LocalDate from, LocalDate to) {

  public DatedRole {
    Objects.requireNonNull(code, "code");
  }

  /** True when the role carries at least one bound (an undated role holds at any time). */
  public boolean isDated() {
    return from != null || to != null;
  }

  /**
   * True when the code marks an office rather than mere prominence: CAMEO's {@code ELI} ("elite") segment marks
   * the periods a person was notable but held no office, so a titled mention ("President X") never matches it.
   */
  public boolean isOffice() {
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      if (code.startsWith("ELI", i)) {
        return false;
      }
    }
    return true;
  }
}
