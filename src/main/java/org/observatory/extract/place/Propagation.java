package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;

/**
 * One sense per discourse: other occurrences of a name already recognised as a place in the same document
 * become mentions too, unless they lie inside a longer person name or in the middle of an organisation name, or
 * modify an actor ("Ankara-backed"). Pure.
 */
final class Propagation {

  static final String RULE = "propagated";

  private Propagation() {}

  static List<PlaceMention> others(List<PlaceMention> found, String text, Annotation annotation,
      java.util.function.Predicate<String> isGazetteerName) {
    Map<String, PlaceMention> names = new LinkedHashMap<>();
    for (PlaceMention m : found) {
      String surface = m.span().of(text);
      if (surface.length() >= 3 && Character.isUpperCase(surface.charAt(0)) && !m.rule().startsWith("pattern")
          && isGazetteerName.test(surface)) {
        names.putIfAbsent(surface, m);
      }
    }
    List<PlaceMention> out = new ArrayList<>();
    for (Map.Entry<String, PlaceMention> e : names.entrySet()) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])")
          .matcher(text);
      while (m.find()) {
        Span span = new Span(m.start(), m.end());
        if (allowed(span, annotation.entities(), text)) {
          int sentence = annotation.sentenceAt(span.start()).map(s -> s.index()).orElse(0);
          PlaceMention src = e.getValue();
          out.add(new PlaceMention(span, src.name(), src.fullName(), src.kind(), RULE, sentence));
        }
      }
    }
    return out;
  }

  private static boolean allowed(Span span, List<EntityMention> entities, String text) {
    if (PlaceRecognizer.isCompoundModifier(span, text)) {
      return false;
    }
    for (EntityMention e : entities) {
      if (!e.span().overlaps(span) || e.span().equals(span)) {
        continue;
      }
      boolean longer = e.span().length() > span.length();
      if (longer && e.type().equals("PERSON")) {
        return false;
      }
      if (longer && e.type().equals("ORGANIZATION") && e.span().start() != span.start()) {
        return false;
      }
      if (e.type().equals("NATIONALITY") || e.type().equals("URL") || e.type().equals("EMAIL")) {
        return false;
      }
    }
    return true;
  }
}
