package org.observatory.extract.event;

import java.util.Set;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.record.Place;

/**
 * A place named only as where an organisation is based: inside a "&lt;place&gt;-based" modifier ("the
 * Britain-based Syrian Observatory", "the London-based monitor", also without the hyphen, "the Aleppo based
 * Fastaqim group") or in a "based in &lt;place&gt;" phrase attached to a noun ("a monitoring group based in the
 * UK"). Such a place says where a monitor, outlet or group sits, never where an event happens. Stateless.
 */
final class OrganisationBase {

  /** "-based" or " based" right after the place, not followed by a preposition ("based on", "based in"). */
  private static final Pattern BASED_AFTER = Pattern.compile(
      "^\\s?[-\u2010\u2011\u2013]?\\s?based\\b(?!\\s+(?:in|on|at|near|upon|out|off)\\b)",
      Pattern.CASE_INSENSITIVE);

  /** "based in", "based at", "based out of" (with an optional article) right before the place. */
  private static final Pattern BASED_BEFORE = Pattern.compile(
      "\\bbased\\s+(?:in|at|out\\s+of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  private static final Set<String> BASE_PREPOSITIONS = Set.of("in", "at", "out", "near");

  private OrganisationBase() {}

  /** Whether {@code p} (inside {@code g}'s sentence of {@code text}) names only where an organisation is based. */
  static boolean isBase(String text, DepGraph g, Place p) {
    int end = Math.min(text.length(), p.end() + 12);
    if (BASED_AFTER.matcher(text.substring(p.end(), end)).find()
        || BASED_BEFORE.matcher(text.substring(Math.max(0, p.start() - 24), p.start())).find()) {
      return true;
    }
    return basedInPhrase(g, p);
  }

  /** "X based in P": P's head is an oblique of a participle "based" that modifies a noun. */
  private static boolean basedInPhrase(DepGraph g, Place p) {
    int t = g.headOf(new Span(p.start(), p.end()));
    if (t < 0) {
      return false;
    }
    var head = g.head(t);
    if (head.isEmpty() || !DepGraph.matches(head.get().relation(), "obl", "nmod")) {
      return false;
    }
    int based = head.get().governor();
    if (!g.token(based).text().equalsIgnoreCase("based") || !BASE_PREPOSITIONS.contains(g.marker(t))) {
      return false;
    }
    return g.head(based).map(d -> DepGraph.matches(d.relation(), "acl", "amod")
        && g.token(d.governor()).isNoun()).orElse(false);
  }
}
