package org.observatory.merge;

import org.observatory.record.DayInterval;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores whether two events from different documents report the same real-world event. Stateless, deterministic
 * and thread-safe. The policy, with worked examples, is in {@code docs/merging.md}.
 *
 * <p>Hard conditions (any failing gives score 0): different documents; same PLOVER type, or equal ACLED sub-event
 * types; same modality class ({@link EventKey#modalityClass()}); both dates bounded, each at most
 * {@value #MAX_DATE_DAYS} days wide, and overlapping; locations not incompatible (see {@link #placeScore}).
 *
 * <p>Score: the sum of four parts of weight 0.25 each, {@code type + date + place + actors}; two events are the
 * same when the score reaches {@value #MERGE_THRESHOLD}.
 */
public final class EventScorer {

  /** Score at or above which two events are the same event. */
  public static final double MERGE_THRESHOLD = 0.8;
  /** Weight of each of the four parts. */
  public static final double WEIGHT = 0.25;
  /** Type part when only the ACLED sub-event types agree (the PLOVER types differ). */
  public static final double ACLED_ONLY_TYPE = 0.6;
  /** Widest date (in days) that can identify an event; vaguer dates never merge. */
  public static final int MAX_DATE_DAYS = 31;
  /** Date part when both dates are the same single day. */
  public static final double SAME_DAY = 1.0;
  /** Date part when they overlap and both are at most a week wide. */
  public static final double SAME_WEEK = 0.75;
  /** Date part when they overlap and one is up to {@value #MAX_DATE_DAYS} days wide. */
  public static final double SAME_MONTH = 0.5;
  /** Place part when both places are known only to the same country. */
  public static final double SAME_COUNTRY = 0.3;
  /** Place part when the two are not both located but have the same name. */
  public static final double SAME_NAME = 0.8;
  /** Place part when a location is missing, or not located and named differently. */
  public static final double UNKNOWN_PLACE = 0.4;
  /** Actor part when either event has no canonical participant. */
  public static final double UNKNOWN_ACTORS = 0.5;

  /** The similarity of {@code a} and {@code b}; symmetric. */
  public Similarity score(EventKey a, EventKey b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.documentId().equals(b.documentId())) {
      return Similarity.blocked("same-document");
    }
    double type = typeScore(a, b);
    if (type == 0) {
      return Similarity.blocked("type");
    }
    if (!a.modalityClass().equals(b.modalityClass())) {
      return Similarity.blocked("modality");
    }
    double date = dateScore(a.days(), b.days());
    if (date == 0) {
      return Similarity.blocked("date");
    }
    OptionalDouble place = placeScore(a.place(), b.place());
    if (place.isEmpty()) {
      return Similarity.blocked("place");
    }
    return new Similarity(WEIGHT * (type + date + place.getAsDouble() + actorScore(a, b)), null);
  }

  /**
   * True when {@code a} and {@code b} may belong to one merged event: no hard condition fails, and when both name
   * canonical participants they share at least one. The clusterer requires this of every two members of a group,
   * so a vague report (a month, no place) cannot chain distinct events together.
   */
  public boolean compatible(EventKey a, EventKey b) {
    return score(a, b).blocker() == null
        && (a.actors().isEmpty() || b.actors().isEmpty() || actorScore(a, b) > 0);
  }

  /** 1 for equal PLOVER types, {@value #ACLED_ONLY_TYPE} for equal ACLED sub-types only, else 0. */
  static double typeScore(EventKey a, EventKey b) {
    if (a.type() != null && a.type().equals(b.type())) {
      return 1;
    }
    return a.acledSubType() != null && a.acledSubType().equals(b.acledSubType()) ? ACLED_ONLY_TYPE : 0;
  }

  /** The date part; 0 when either date is missing, unbounded, too wide, or they do not overlap. */
  static double dateScore(DayInterval a, DayInterval b) {
    if (a == null || b == null || !a.bounded() || !b.bounded()) {
      return 0;
    }
    long widest = Math.max(a.days(), b.days());
    if (widest > MAX_DATE_DAYS || !a.overlaps(b)) {
      return 0;
    }
    if (widest == 1) {
      return SAME_DAY;
    }
    return widest <= 7 ? SAME_WEEK : SAME_MONTH;
  }

  /**
   * The place part, or empty when the places are incompatible. Missing on either side: {@value #UNKNOWN_PLACE}.
   * Country-level on either side: only when nothing finer is located on the other, and then
   * {@value #SAME_COUNTRY} for the same country, incompatible otherwise. Both located: the distance must be
   * within the larger of the two radii ({@link PlaceKey#radiusKm(String)}), giving {@code 1 - 0.5 * d / r}.
   * Otherwise: different known countries are incompatible, equal names give {@value #SAME_NAME}, anything else
   * {@value #UNKNOWN_PLACE}.
   */
  static OptionalDouble placeScore(PlaceKey a, PlaceKey b) {
    if (a == null || b == null) {
      return OptionalDouble.of(UNKNOWN_PLACE);
    }
    if (a.countryLevel() || b.countryLevel()) {
      boolean finerKnown = a.located() || b.located();
      boolean sameCountry = a.country() != null && a.country().equals(b.country());
      return !finerKnown && sameCountry ? OptionalDouble.of(SAME_COUNTRY) : OptionalDouble.empty();
    }
    if (a.located() && b.located()) {
      double radius = Math.max(a.radiusKm(), b.radiusKm());
      double d = a.distanceKm(b);
      return d <= radius ? OptionalDouble.of(1 - 0.5 * d / radius) : OptionalDouble.empty();
    }
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return OptionalDouble.empty();
    }
    boolean sameName = a.name() != null && a.name().equals(b.name());
    return OptionalDouble.of(sameName ? SAME_NAME : UNKNOWN_PLACE);
  }

  /** Overlap coefficient of the canonical participants, {@value #UNKNOWN_ACTORS} when either side has none. */
  static double actorScore(EventKey a, EventKey b) {
    if (a.actors().isEmpty() || b.actors().isEmpty()) {
      return UNKNOWN_ACTORS;
    }
    long shared = a.actors().stream().filter(b.actors()::contains).count();
    return (double) shared / Math.min(a.actors().size(), b.actors().size());
  }
}
