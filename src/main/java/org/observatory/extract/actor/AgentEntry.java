package org.observatory.extract.actor;

/**
 * A generic agent noun ("soldier", "government forces", "ministry") and what it makes of a country next to it.
 *
 * @param code CAMEO agent code without the tilde ({@code MIL}, {@code GOV}, {@code COP}), never null
 * @param sector our sector for it, never null
 * @param source {@code cameo} or {@code extra}
 */
record AgentEntry(String code, String sector, String source) {}
