package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.GazetteerEntry;
import org.observatory.gazetteer.Geo;

/**
 * Chooses a gazetteer entry for each mention of a document: population and feature priors, then two rounds of
 * context (focus country and admin1 of the other mentions, nearby places, explicit containment such as "the X
 * district of Y province"). Candidates found only under the lossy skeleton key are accepted only when the context
 * supports them. Immutable and thread-safe.
 */
public final class PlaceResolver {

  private static final int ROUNDS = 2;

  private final CandidateSource source;

  public PlaceResolver(Gazetteer gazetteer) {
    this.source = new CandidateSource(gazetteer);
  }

  /** One resolution per mention, in the same order. */
  List<Resolution> resolve(List<PlaceMention> mentions, String text) {
    List<List<Candidate>> cands = new ArrayList<>();
    for (PlaceMention m : mentions) {
      cands.add(source.candidates(m));
    }
    int[] containers = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      containers[i] = Containment.containerOf(i, mentions, text);
    }
    List<GazetteerEntry> best = new ArrayList<>();
    for (List<Candidate> cs : cands) {
      best.add(cs.stream().filter(c -> !c.fuzzy()).max(Comparator.comparingDouble(Candidate::prior))
          .map(Candidate::entry).orElse(null));
    }
    double[][] poolNear = Support.nearestInOtherPools(mentions, cands);
    int[][] inside = Support.namesInsideAdmin1(mentions, cands);
    List<String> names = mentions.stream().map(PlaceMention::name).toList();
    List<Resolution> out = List.of();
    for (int round = 0; round < ROUNDS; round++) {
      DocumentContext ctx = new DocumentContext(best, names);
      out = new ArrayList<>();
      for (int i = 0; i < mentions.size(); i++) {
        out.add(choose(i, mentions, cands.get(i), ctx, containers[i], poolNear[i], inside[i]));
      }
      best = out.stream().map(r -> r.chosen().map(Candidate::entry).orElse(null)).toList();
    }
    return out;
  }

  private static Resolution choose(int i, List<PlaceMention> mentions, List<Candidate> cands, DocumentContext ctx,
      int container, double[] poolNear, int[] inside) {
    Candidate top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    String topHow = "";
    boolean topSupported = false;
    GazetteerEntry within = container >= 0 ? ctx.best(container) : null;
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      GazetteerEntry e = c.entry();
      double near = Math.min(ctx.nearestOtherKm(e, i, mentions), poolNear[k]);
      boolean contained = within != null && contains(within, e);
      double support = 3 * ctx.countryShare(e, i) + 1.5 * ctx.admin1Share(e, i) + proximity(near)
          + (contained ? 8 : 0) + Math.min(4.5, 1.5 * inside[k]) + (ctx.namesAdmin1Of(e, i) ? 2 : 0);
      if (c.fuzzy() && !(contained || near < 100 || ctx.admin1Share(e, i) > 0)) {
        continue;
      }
      boolean fits = mentions.get(i).kind() != PlaceKind.ANY && mentions.get(i).kind().fits(e);
      double fitBonus = fits ? (mentions.get(i).firmKind() ? 2.5 : 1.0) : 0;
      double score = c.prior() + support + fitBonus - (c.fuzzy() ? (fits ? 1 : 3) : 0);
      if (score > topScore) {
        top = c;
        topScore = score;
        topHow = how(c, contained, near, cands.size());
        topSupported = contained || near < 200;
      }
    }
    return new Resolution(mentions.get(i), Optional.ofNullable(top), cands.size(), topHow, topSupported);
  }

  static boolean contains(GazetteerEntry outer, GazetteerEntry inner) {
    if (outer.isCountry()) {
      return outer.country().equals(inner.country());
    }
    if (outer.isAdmin1()) {
      return outer.country().equals(inner.country()) && outer.admin1Code().equals(inner.admin1Code());
    }
    return Geo.distanceKm(outer, inner) < 50;
  }

  private static double proximity(double km) {
    if (km < 50) {
      return 2.5;
    }
    if (km < 200) {
      return 1.5;
    }
    return km < 600 ? 0.5 : 0;
  }

  private static String how(Candidate c, boolean contained, double near, int n) {
    StringBuilder b = new StringBuilder(c.fuzzy() ? "spelling variant" : "name match");
    b.append(" among ").append(n).append(n == 1 ? " candidate" : " candidates");
    if (contained) {
      b.append(", inside the enclosing place named next to it");
    } else if (near < 200) {
      b.append(", near other places of the text");
    }
    return b.toString();
  }
}
