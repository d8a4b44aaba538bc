package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Proper-noun runs the tagger missed or took for a person, accepted as toponyms when the wording says so: after a
 * locative preposition ("in", "near", "into", ...), after a person's name and "of"/"from" ("Mindy Miller of
 * Ravenel", "Anna Winstanley, 25, from Marston"), before "in"/"," + a known place ("X in Idlib province"), or
 * coordinated with a known place ("X and Khan Shaykhun"), provided the gazetteer knows the name under its exact or
 * skeleton key. Immutable and thread-safe.
 */
final class ContextualRuns {

  static final String RULE = "gazetteer:context";
  private static final Set<String> LOCATIVE = Set.of("in", "near", "into", "outside", "inside", "entered", "shelled",
      "stormed", "besieged", "recaptured", "retook", "bombed");
  private static final Set<String> JOINERS = Set.of("and", ",", "or", "in");

  private final Gazetteer gazetteer;

  ContextualRuns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<PlaceMention> find(Annotation annotation, String text, List<PlaceMention> known) {
    List<PlaceMention> all = new ArrayList<>(known);
    List<PlaceMention> added = new ArrayList<>();
    for (int pass = 0; pass < 3; pass++) {
      int before = added.size();
      for (Sentence s : annotation.sentences()) {
        for (int[] run : ProperRuns.find(s.tokens())) {
          PlaceMention m = candidate(s, run, text, annotation.entities(), all);
          if (m != null) {
            all.add(m);
            added.add(m);
          }
        }
      }
      if (added.size() == before) {
        break;
      }
    }
    return added;
  }

  private PlaceMention candidate(Sentence s, int[] run, String text, List<EntityMention> entities,
      List<PlaceMention> known) {
    List<Token> t = s.tokens();
    Span span = new Span(t.get(run[0]).span().start(), t.get(run[1] - 1).span().end());
    if (known.stream().anyMatch(k -> k.span().overlaps(span)) || blocked(span, entities)) {
      return null;
    }
    String name = span.of(text);
    boolean locative = run[0] > 0 && LOCATIVE.contains(t.get(run[0] - 1).text().toLowerCase(Locale.ROOT))
        || residence(t, run[0], entities);
    boolean nextToPlace = adjacentKnown(t, run, known);
    if (!(locative || nextToPlace) || (gazetteer.exact(name).isEmpty() && gazetteer.similar(name).isEmpty())) {
      return null;
    }
    return PlaceMention.of(span, name, PlaceKind.ANY, RULE, s.index());
  }

  /**
   * A person's home: "Mindy Miller of Ravenel", "James Tauber, 44, of Nelson", "Anna Winstanley, 25, from
   * Marston".
   */
  static boolean residence(List<Token> t, int from, List<EntityMention> entities) {
    if (from < 2) {
      return false;
    }
    String prep = t.get(from - 1).text().toLowerCase(Locale.ROOT);
    if (!prep.equals("of") && !prep.equals("from")) {
      return false;
    }
    Token before = t.get(from - 2);
    if (before.text().equals(",") && from >= 4 && t.get(from - 3).pos().equals("CD")
        && t.get(from - 4).text().equals(",")) {
      return true;
    }
    int end = before.span().end();
    return entities.stream().anyMatch(e -> e.type().equals("PERSON") && e.span().end() == end);
  }

  private static boolean adjacentKnown(List<Token> t, int[] run, List<PlaceMention> known) {
    if (run[1] + 1 < t.size() && JOINERS.contains(t.get(run[1]).text().toLowerCase(Locale.ROOT))) {
      int next = t.get(run[1] + 1).span().start();
      int next2 = run[1] + 2 < t.size() ? t.get(run[1] + 2).span().start() : -1;
      if (known.stream().anyMatch(k -> k.span().start() == next || k.span().start() == next2)) {
        return true;
      }
    }
    if (run[0] >= 2 && JOINERS.contains(t.get(run[0] - 1).text().toLowerCase(Locale.ROOT))
        && !t.get(run[0] - 1).text().equals("in")) {
      int prevEnd = t.get(run[0] - 2).span().end();
      return known.stream().anyMatch(k -> k.span().end() == prevEnd);
    }
    return false;
  }

  private static boolean blocked(Span span, List<EntityMention> entities) {
    for (EntityMention e : entities) {
      if (e.span().overlaps(span) && !e.type().equals("PERSON") && !e.type().equals("O")) {
        return !PlaceRecognizer.isLocationType(e.type());
      }
    }
    return false;
  }
}
