package org.observatory.extract.docdate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.DatedRole;
import org.observatory.extract.time.DateConstraint;
import org.observatory.record.Actor;

/**
 * Turns the persons a text names into constraints on its publication date, from the dictionary's dated roles. A
 * mention with an office title ("President Clinton", "Secretary of State Baker", "Chancellor Kohl") allows the
 * periods in which that person held an office (any role but CAMEO's {@code ELI}, "notable without office"); a
 * mention without a title allows the union of all the person's dated roles, and nothing is concluded when one of
 * them is undated. Mentions marked as past or future ("former President X", "then-Senator X", "President-elect
 * X", "the late X") and honorifics alone ("Mr. X") give no office constraint. One constraint per person: the titled
 * one when any mention has a title. Stateless and thread-safe.
 */
public final class RoleConstraints {

  /** Words before a title that move the office out of the present ("former President"). */
  private static final Pattern NOT_NOW = Pattern.compile(
      "(?:^|[^\\p{L}])(?:former|ex|late|then|future|incoming|outgoing|would-be|onetime|one-time|erstwhile|previous)"
          + "[\\s\\-]*$");

  /** Titles that only address a person, not an office. */
  private static final Pattern HONORIFIC = Pattern.compile("(?:mr|mrs|ms|miss|dr|sir|madam)\\.?");

  private final ActorDictionary dictionary;

  /** @param dictionary the loaded dictionary, never null */
  public RoleConstraints(ActorDictionary dictionary) {
    this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
  }

  /**
   * One constraint per person of {@code actors} whose dictionary roles bound the date, in order of first mention.
   *
   * @param text the document text the actors' offsets point into, never null
   * @param actors the ACTORS slot, never null
   */
  public List<DateConstraint> of(String text, List<Actor> actors) {
    Map<String, DateConstraint> titled = new LinkedHashMap<>();
    Map<String, DateConstraint> untitled = new LinkedHashMap<>();
    for (Actor a : actors) {
      List<DatedRole> roles = roles(a);
      if (roles.isEmpty() || notNow(text, a)) {
        continue;
      }
      boolean office = hasOfficeTitle(a);
      Optional<DateConstraint> c = constraint(roles, office, a);
      if (c.isPresent()) {
        (office ? titled : untitled).putIfAbsent(a.canonical(), c.get());
      }
    }
    List<DateConstraint> out = new ArrayList<>(titled.values());
    untitled.forEach((k, v) -> {
      if (!titled.containsKey(k)) {
        out.add(v);
      }
    });
    return out;
  }

  /**
   * The periods the roles allow: the offices for a titled mention, all dated roles otherwise; empty when a
   * matching role is undated (the person held it at any time) or none matches.
   */
  static Optional<DateConstraint> constraint(List<DatedRole> roles, boolean office, Actor a) {
    List<DatedRole> matching = roles.stream().filter(r -> !office || r.isOffice()).toList();
    if (matching.isEmpty() || matching.stream().anyMatch(r -> !r.isDated())) {
      return Optional.empty();
    }
    List<DateConstraint.Period> periods = matching.stream()
        .map(r -> new DateConstraint.Period(r.from(), r.to())).toList();
    String evidence = (a.title() == null ? "" : a.title() + " ") + a.canonical()
        + (office ? " in office" : " dated roles");
    DateConstraint c = new DateConstraint(evidence, periods);
    return c.coversAll() ? Optional.empty() : Optional.of(c);
  }

  private List<DatedRole> roles(Actor a) {
    if (a.canonical() == null) {
      return List.of();
    }
    List<DatedRole> byCanonical = dictionary.rolesOf(a.canonical());
    List<DatedRole> byText = a.text() == null || a.text().equalsIgnoreCase(a.canonical()) ? List.of()
        : dictionary.rolesOf(a.text());
    if (byText.isEmpty()) {
      return byCanonical;
    }
    List<DatedRole> all = new ArrayList<>(byCanonical);
    byText.stream().filter(r -> !all.contains(r)).forEach(all::add);
    return all;
  }

  static boolean hasOfficeTitle(Actor a) {
    if (a.title() == null || a.title().isBlank()) {
      return false;
    }
    String t = a.title().toLowerCase(Locale.ROOT).strip();
    return !HONORIFIC.matcher(t).matches() && !t.contains("elect") && !NOT_NOW.matcher(t).find()
        && !t.startsWith("former") && !t.startsWith("ex-");
  }

  private static boolean notNow(String text, Actor a) {
    int from = Math.max(0, a.start() - 20);
    String before = text.substring(from, Math.max(from, a.start())).toLowerCase(Locale.ROOT);
    String inside = a.text() == null ? "" : a.text().toLowerCase(Locale.ROOT);
    return NOT_NOW.matcher(before).find() || inside.startsWith("former ") || inside.startsWith("ex-")
        || inside.contains("-elect");
  }
}
