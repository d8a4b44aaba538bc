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
 */
record Draft(Span span, String canonical, String code, String country, String sector, String title, String rule,
    EntryKind kind, String tag, String surname, boolean fromDictionary) {

  Draft withTitle(String t) {
    return new Draft(span, canonical, code, country, sector, t, rule, kind, tag, surname, fromDictionary);
  }

  /** This mention, taking the identity (canonical, code, country, sector, title) of {@code other}. */
  Draft resolvedTo(Draft other, String newRule) {
    return new Draft(span, other.canonical, other.code, other.country, other.sector,
        title != null ? title : other.title, newRule, other.kind, other.tag, other.surname, other.fromDictionary);
  }
}
