package org.observatory.extract.agreement;

import java.util.List;
import java.util.Optional;
import org.observatory.core.Span;
import org.observatory.record.Agreement;

/** Lookup of the agreement a stretch of text mentions, for the events stage. Stateless and thread-safe. */
public final class AgreementLinks {

  private AgreementLinks() {}

  /** Index into {@code agreements} of the first agreement one of whose mentions overlaps {@code span}. */
  public static Optional<Integer> indexAt(List<Agreement> agreements, Span span) {
    for (int i = 0; i < agreements.size(); i++) {
      if (agreements.get(i).mentions().stream().anyMatch(m -> m.overlaps(span))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
