package org.observatory.record;

import org.observatory.core.Span;

/**
 * One link of an event's attribution chain, nearest to the event first.
 *
 * @param name who ("Syrian Observatory for Human Rights", "Press TV", "reliable sources requesting anonymity")
 * @param role speaker, monitor-source, monitor, cited-outlet, outlet, official, or source
 * @param evidence where the text names it, null for the publishing outlet taken from metadata
 */
public record SourceLink(String name, String role, Span evidence) {}
