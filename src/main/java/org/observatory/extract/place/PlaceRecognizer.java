package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.NameNormalizer;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Finds toponym mentions: unit patterns first, then CoreNLP location entities, then gazetteer matches of
 * proper-noun runs outside person/organisation/nationality entities. Overlaps are resolved in that order of trust.
 * Immutable and thread-safe.
 */
public final class PlaceRecognizer {

  private static final Map<String, PlaceKind> NER_KINDS = Map.of("LOCATION", PlaceKind.ANY, "CITY",
      PlaceKind.POPULATED, "STATE_OR_PROVINCE", PlaceKind.ADMIN1, "COUNTRY", PlaceKind.COUNTRY, "GPE", PlaceKind.ANY);
  private static final Set<String> BLOCKING_NER = Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "TITLE",
      "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "DATE", "TIME", "DURATION", "SET", "MISC",
      "MONEY", "NUMBER", "ORDINAL", "PERCENT", "EMAIL", "URL", "HANDLE");

  private final Gazetteer gazetteer;

  public PlaceRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Non-overlapping mentions in text order. */
  public List<PlaceMention> recognize(String text, Annotation annotation) {
    List<PlaceMention> found = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      found.addAll(UnitPatterns.find(s, text));
    }
    for (EntityMention e : annotation.entities()) {
      PlaceKind kind = NER_KINDS.get(e.type());
      if (kind != null && !isCompoundModifier(e.span(), text)) {
        Span span = stripThe(e.span(), text);
        found.add(PlaceMention.of(span, span.of(text), kind, "ner:" + e.type(), e.sentence()));
      }
    }
    for (Sentence s : annotation.sentences()) {
      found.addAll(gazetteerMatches(s, text, annotation.entities()));
    }
    return nonOverlapping(found);
  }

  private List<PlaceMention> gazetteerMatches(Sentence s, String text, List<EntityMention> entities) {
    List<PlaceMention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int[] run : ProperRuns.find(tokens)) {
      int i = run[0];
      while (i < run[1]) {
        int matchedEnd = i == run[0] ? longestMatch(tokens, i, run[1], text, entities) : i;
        if (matchedEnd == run[1] && !isCompoundModifier(new Span(0, tokens.get(matchedEnd - 1).span().end()), text)) {
          Span span = new Span(tokens.get(i).span().start(), tokens.get(matchedEnd - 1).span().end());
          out.add(PlaceMention.of(span, span.of(text), PlaceKind.ANY, "gazetteer:ngram", s.index()));
          i = matchedEnd;
        } else {
          i++;
        }
      }
    }
    return out;
  }

  private int longestMatch(List<Token> tokens, int from, int runEnd, String text, List<EntityMention> entities) {
    int maxEnd = Math.min(runEnd, from + gazetteer.maxKeyWords());
    for (int end = maxEnd; end > from; end--) {
      Span span = new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
      if (blocked(span, entities) || ProperRuns.isConnector(tokens.get(end - 1))) {
        continue;
      }
      String key = NameNormalizer.key(span.of(text));
      if (key.length() >= 3 && gazetteer.hasKey(key)) {
        return end;
      }
    }
    return from;
  }

  private static boolean blocked(Span span, List<EntityMention> entities) {
    for (EntityMention e : entities) {
      if (e.span().overlaps(span) && BLOCKING_NER.contains(e.type())) {
        return true;
      }
    }
    return false;
  }

  /** "Ankara-backed", "US-led", "Russian-brokered": the name modifies an actor, it is not a place. */
  static boolean isCompoundModifier(Span span, String text) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 14)).toLowerCase(java.util.Locale.ROOT);
    return after.matches("^-(backed|led|brokered|sponsored|supported|allied|aligned|funded|armed|affiliated)\\b.*");
  }

  private static Span stripThe(Span span, String text) {
    String t = span.of(text);
    if (t.regionMatches(true, 0, "the ", 0, 4) && span.length() > 4) {
      return new Span(span.start() + 4, span.end());
    }
    return span;
  }

  /** Keeps earlier-listed (more trusted) mentions over later ones that overlap them. */
  static List<PlaceMention> nonOverlapping(List<PlaceMention> ordered) {
    List<PlaceMention> kept = new ArrayList<>();
    for (PlaceMention m : ordered) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparing(PlaceMention::span));
    return kept;
  }
}
