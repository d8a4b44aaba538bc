package org.observatory.extract.event;

import java.util.Locale;
import java.util.Optional;

/** The 16 event types of PLOVER (2021 codebook, as used by POLECAT), with their quad class. */
public enum PloverType {
  AGREE("verbal-cooperation"),
  CONSULT("verbal-cooperation"),
  SUPPORT("verbal-cooperation"),
  CONCEDE("verbal-cooperation"),
  COOPERATE("material-cooperation"),
  AID("material-cooperation"),
  RETREAT("material-cooperation"),
  REQUEST("verbal-conflict"),
  ACCUSE("verbal-conflict"),
  REJECT("verbal-conflict"),
  THREATEN("verbal-conflict"),
  PROTEST("material-conflict"),
  SANCTION("verbal-conflict"),
  MOBILIZE("material-conflict"),
  COERCE("material-conflict"),
  ASSAULT("material-conflict");

  private final String quad;

  PloverType(String quad) {
    this.quad = quad;
  }

  /** verbal-cooperation, material-cooperation, verbal-conflict or material-conflict. */
  public String quad() {
    return quad;
  }

  /**
   * The type named {@code name}, accepting the PLOVER draft 0.8 names DEMAND (= REQUEST), DISAPPROVE (= ACCUSE)
   * and FIGHT (= ASSAULT). Empty for names outside the 16 types (INVESTIGATE, CRIME, DOCUMENT, ...).
   */
  public static Optional<PloverType> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toUpperCase(Locale.ROOT);
    switch (n) {
      case "DEMAND":
        return Optional.of(REQUEST);
      case "DISAPPROVE":
        return Optional.of(ACCUSE);
      case "FIGHT":
        return Optional.of(ASSAULT);
      default:
        for (PloverType t : values()) {
          if (t.name().equals(n)) {
            return Optional.of(t);
          }
        }
        return Optional.empty();
    }
  }
}
