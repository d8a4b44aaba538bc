package org.observatory.record;

import org.observatory.core.Provenance;

/**
 * An actor mention with its canonical actor.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param canonical canonical name ("Turkey", "Recep Tayyip Erdogan", "Syrian Observatory for Human Rights")
 * @param code CAMEO-style code when known (e.g. {@code TURMIL}), else null
 * @param country ISO 3166-1 alpha-3 country code (CAMEO convention), null for non-state or unknown
 * @param sector government, military, police, rebel, militia, igo, ngo, media, person, or null
 * @param title a person's title ("President") when given, else null
 * @param provenance stage, rule (dictionary entry, metonymy, demonym, ...) and evidence
 */
public record Actor(String text, int start, int end, String canonical, String code, String country, String sector,
    String title, Provenance provenance) {}
