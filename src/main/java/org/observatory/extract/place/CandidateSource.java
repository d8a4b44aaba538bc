package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.GazetteerEntry;

/** Looks up candidates for a mention: full name, then name, exact keys first, then skeleton keys. Thread-safe. */
final class CandidateSource {

  /** Candidates kept per mention (and per exact/skeleton group); the rest have too low a prior to win. */
  static final int MAX = 25;

  private final Gazetteer gazetteer;

  CandidateSource(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Candidate> candidates(PlaceMention m) {
    if (m.kind() == PlaceKind.STREET) {
      return List.of();
    }
    List<GazetteerEntry> exact = gazetteer.exact(m.fullName());
    if (exact.isEmpty() && !m.fullName().equals(m.name())) {
      exact = gazetteer.exact(m.name());
    }
    List<GazetteerEntry> fitting = exact.stream().filter(m.kind()::fits).toList();
    if (!fitting.isEmpty()) {
      return wrap(m.firmKind() ? fitting : exact, false);
    }
    List<GazetteerEntry> similar = gazetteer.similar(m.name()).stream().filter(m.kind()::fits).toList();
    List<Candidate> out = new ArrayList<>(wrap(exact, false));
    out.addAll(wrap(similar.isEmpty() && exact.isEmpty() ? gazetteer.similar(m.name()) : similar, true));
    return out;
  }

  /** The {@link #MAX} candidates with the highest priors. */
  private static List<Candidate> wrap(List<GazetteerEntry> entries, boolean fuzzy) {
    return entries.stream().map(e -> new Candidate(e, fuzzy, Priors.of(e)))
        .sorted(java.util.Comparator.comparingDouble(Candidate::prior).reversed()).limit(MAX).toList();
  }
}
