package org.observatory.extract.actor;

import org.observatory.core.Span;

/**
 * An actor mention being built: what the sentence rules found, before document-level resolution.
 *
 * @param span offsets of the mention in the document text
 * @param canonical canonical name, never null
 * @param code CAMEO-style code or null
 * @param country ISO alpha-3 or null
 * @param sector sector or null
 * @param title person's title or null
 * @param rule the rule that made it (provenance)
 * @param kind entry kind (PERSON for NER persons, GROUP for NER organisations and generic agents)
 * @param tag description tag ({@code monitor}, {@code outlet}) or null
 * @param surname normalised last word of a person's name, else null
 * @param fromDictionary whether the canonical comes from the dictionary
 * @param head normalised lemma of the agent or unit noun heading the mention ("force", "column"), else null
 * @param definite true when a definite determiner introduces a country-less agent or unit noun ("the column"): it
 *     may refer back to an earlier mention with the same head
 */
record Draft(Span span, String canonical, String code, String country, String sector, String title, String rule,
    EntryKind kind, String tag, String surname, boolean fromDictionary, String head, boolean definite) {

  Draft withTitle(String t) {
    return new Draft(span, canonical, code, country, sector, t, rule, kind, tag, surname, fromDictionary, head,
        definite);
  }

  /** This mention, taking the identity (canonical, code, country, sector, title) of {@code other}. */
  Draft resolvedTo(Draft other, String newRule) {
    return new Draft(span, other.canonical, other.code, other.country, other.sector,
        title != null ? title : other.title, newRule, other.kind, other.tag, other.surname, other.fromDictionary,
        other.head, false);
  }

  /** This mention, owned by a state: its country, the country's name as canonical, code and rule given. */
  Draft ownedBy(String iso3, String countryName, String newCode, String newRule) {
    return new Draft(span, countryName, newCode, iso3, sector, title, newRule, EntryKind.STATE, tag, surname, true,
        head, false);
  }

  /** Whether the mention names who it is: a country, or a dictionary name. */
  boolean identified() {
    return country != null || fromDictionary;
  }
}
