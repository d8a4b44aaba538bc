package org.observatory.extract.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.OrganisationBases;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.GazetteerEntry;

/**
 * For a mention the gazetteer lacks, the smallest unit the text supports: the place named as its container, else
 * the finest unit named in its sentence, else in its paragraph, else the document's dominant admin1 (or country).
 * A place named as an organisation's base ("the Britain-based monitor") is no sentence or paragraph container.
 * Immutable and thread-safe.
 */
final class EnclosingUnits {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  /**
   * A unit and why it was chosen.
   *
   * @param unit the enclosing entry
   * @param from where the evidence lies ("the sentence", "the document context", ...)
   */
  record Enclosure(GazetteerEntry unit, String from) {}

  private final Gazetteer gazetteer;

  EnclosingUnits(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Optional<Enclosure> find(int i, List<Resolution> res, String text) {
    int c = Containment.containerOf(i, res.stream().map(Resolution::mention).toList(), text);
    if (c >= 0 && res.get(c).chosen().isPresent()) {
      return Optional.of(new Enclosure(res.get(c).chosen().get().entry(), "the place named as its container"));
    }
    PlaceMention m = res.get(i).mention();
    Optional<GazetteerEntry> sentence = finest(res, r -> r.mention().sentence() == m.sentence() && !isBase(r, text));
    List<GazetteerEntry> resolved = res.stream().flatMap(r -> r.chosen().stream()).map(Candidate::entry).toList();
    DocumentContext doc = new DocumentContext(resolved);
    Optional<GazetteerEntry> dominant = dominantAdmin1(doc);
    if (sentence.isPresent() && !(sentence.get().isCountry() && dominantIn(dominant, sentence.get()))) {
      return Optional.of(new Enclosure(sentence.get(), "its sentence"));
    }
    int para = paragraph(text, m.span().start());
    Optional<GazetteerEntry> paragraph = finest(res, r -> paragraph(text, r.mention().span().start()) == para
        && !isBase(r, text));
    if (paragraph.isPresent() && !(paragraph.get().isCountry() && dominantIn(dominant, paragraph.get()))) {
      return Optional.of(new Enclosure(paragraph.get(), "its paragraph"));
    }
    if (dominant.isPresent()) {
      return Optional.of(new Enclosure(dominant.get(), "the document context"));
    }
    Map.Entry<String, Integer> cc = doc.dominantCountry();
    return cc == null ? Optional.empty()
        : gazetteer.country(cc.getKey()).map(e -> new Enclosure(e, "the document context"));
  }

  /** A mention naming an organisation's base ("the Britain-based monitor") encloses no other place. */
  private static boolean isBase(Resolution r, String text) {
    return OrganisationBases.isBase(text, r.mention().span().start(), r.mention().span().end());
  }

  private static boolean dominantIn(Optional<GazetteerEntry> dominant, GazetteerEntry country) {
    return dominant.isPresent() && dominant.get().country().equals(country.country());
  }

  /** The admin1 named (itself or through its places) by at least two mentions and by the most of them. */
  private Optional<GazetteerEntry> dominantAdmin1(DocumentContext doc) {
    Map.Entry<String, Integer> top = doc.dominantAdmin1();
    if (top == null || top.getValue() < 2) {
      return Optional.empty();
    }
    String[] k = top.getKey().split("\\.", 2);
    return k.length == 2 && !k[1].isEmpty() ? gazetteer.admin1(k[0], k[1]) : Optional.empty();
  }

  private static Optional<GazetteerEntry> finest(List<Resolution> res, java.util.function.Predicate<Resolution> in) {
    GazetteerEntry best = null;
    for (Resolution r : res) {
      if (!in.test(r) || r.chosen().isEmpty()) {
        continue;
      }
      GazetteerEntry e = r.chosen().get().entry();
      if ((e.isAdmin() || e.isCountry()) && (best == null || rank(e) > rank(best))) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int rank(GazetteerEntry e) {
    return e.isCountry() ? 0 : e.adminLevel();
  }

  static int paragraph(String text, int offset) {
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    int n = 0;
    while (m.find() && m.start() < offset) {
      n++;
    }
    return n;
  }
}
