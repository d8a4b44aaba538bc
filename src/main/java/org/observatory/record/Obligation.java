package org.observatory.record;

/**
 * One provision of an agreement.
 *
 * @param party who is obliged ("Takfiri groups", "YPG")
 * @param action what they must do ("withdraw heavy arms")
 * @param deadline by when, or null
 */
public record Obligation(String party, String action, DateValue deadline) {}
