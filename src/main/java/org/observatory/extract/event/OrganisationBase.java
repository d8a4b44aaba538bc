package org.observatory.extract.event;

import java.util.Set;
import org.observatory.core.OrganisationBases;
import org.observatory.core.Span;
import org.observatory.record.Place;

/**
 * A place named only as where an organisation is based: inside a "&lt;place&gt;-based" modifier ("the
 * Britain-based Syrian Observatory", "the London-based monitor", also without the hyphen, "the Aleppo based
 * Fastaqim group") or in a "based in &lt;place&gt;" phrase attached to a noun ("a monitoring group based in the
 * UK"). Such a place says where a monitor, outlet or group sits, never where an event happens. Stateless.
 */
final class OrganisationBase {

  private static final Set<String> BASE_PREPOSITIONS = Set.of("in", "at", "out", "near");

  private OrganisationBase() {}

  /** Whether {@code p} (inside {@code g}'s sentence of {@code text}) names only where an organisation is based. */
  static boolean isBase(String text, DepGraph g, Place p) {
    return OrganisationBases.isBase(text, p.start(), p.end()) || basedInPhrase(g, p);
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
