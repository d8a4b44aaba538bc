package org.observatory.record;

/**
 * An actor's part in an event.
 *
 * @param role source, target, broker, or participant
 * @param text the mention
 * @param canonical canonical actor name, or null
 * @param country ISO alpha-3 country code, or null
 * @param sector sector (see {@link Actor}), or null
 */
public record EventActor(String role, String text, String canonical, String country, String sector) {}
