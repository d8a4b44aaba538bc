package org.observatory.record;

/**
 * A named entity in the text (from NER, for browsing and search).
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param type PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, NATIONALITY, TITLE, ...
 */
public record Entity(String text, int start, int end, String type) {}
