package org.observatory.extract.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.record.SourceChain;

/** Lookup of the chain that covers a stretch of text, for the events stage. Stateless and thread-safe. */
public final class SourceChains {

  private SourceChains() {}

  /**
   * The narrowest chain whose scope contains {@code span} (an event trigger or evidence); when none contains it,
   * the chain of the sentence where it starts.
   */
  public static Optional<SourceChain> covering(List<SourceChain> chains, Span span) {
    Optional<SourceChain> containing = chains.stream().filter(c -> c.scope().contains(span))
        .min(Comparator.comparingInt(c -> c.scope().length()));
    return containing.or(() -> chains.stream().filter(c -> c.scope().contains(span.start()))
        .min(Comparator.comparingInt(c -> c.scope().length())));
  }
}
