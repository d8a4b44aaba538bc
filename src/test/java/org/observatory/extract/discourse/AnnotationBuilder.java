package org.observatory.extract.discourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.Actor;
import org.observatory.record.TimeExpression;

/**
 * Builds {@link Annotation}s, actors and time expressions by hand for unit tests (no CoreNLP). Tokens are given as
 * {@code word/POS} or {@code word/POS=lemma}, found in the text in order; dependencies as
 * {@code "rel gov dep; ..."} with 0-based token indices ({@code root -1 i} for the root).
 */
public final class AnnotationBuilder {

  private static final Map<String, String> IRREGULAR = Map.of("said", "say", "told", "tell", "had", "have",
      "having", "have", "were", "be", "was", "be", "wrote", "write", "began", "begin", "signed", "sign");

  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private int cursor;

  public AnnotationBuilder(String text) {
    this.text = text;
  }

  public AnnotationBuilder sentence(String tokenSpec, String deps) {
    List<Token> tokens = new ArrayList<>();
    for (String spec : tokenSpec.trim().split(" +")) {
      int slash = spec.lastIndexOf('/');
      String word = spec.substring(0, slash);
      String rest = spec.substring(slash + 1);
      String pos = rest.contains("=") ? rest.substring(0, rest.indexOf('=')) : rest;
      String lemma = rest.contains("=") ? rest.substring(rest.indexOf('=') + 1) : lemma(word, pos);
      int at = text.indexOf(word, cursor);
      if (at < 0) {
        throw new IllegalArgumentException("token '" + word + "' not found after " + cursor);
      }
      cursor = at + word.length();
      tokens.add(new Token(tokens.size(), word, new Span(at, cursor), pos, lemma, "O"));
    }
    List<Dependency> edges = new ArrayList<>();
    if (!deps.isBlank()) {
      for (String e : deps.split(";")) {
        String[] p = e.trim().split(" +");
        edges.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
      }
    }
    Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    sentences.add(new Sentence(sentences.size(), span, tokens, edges));
    return this;
  }

  private static String lemma(String word, String pos) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!pos.startsWith("VB")) {
      return w;
    }
    if (IRREGULAR.containsKey(w)) {
      return IRREGULAR.get(w);
    }
    if (w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  public AnnotationBuilder entity(String mention, String type) {
    Span s = find(mention);
    int sentence = sentences.stream().filter(x -> x.span().contains(s)).findFirst().map(Sentence::index).orElse(0);
    entities.add(new EntityMention(s, mention, type, sentence));
    return this;
  }

  public AnnotationBuilder actor(String mention, String canonical, String code, String country, String sector,
      String title) {
    Span s = find(mention);
    actors.add(new Actor(mention, s.start(), s.end(), canonical, code, country, sector, title,
        Provenance.of("test", "hand-built", s)));
    return this;
  }

  public AnnotationBuilder time(String mention, String type, String value, String precision) {
    Span s = find(mention);
    times.add(new TimeExpression(mention, s.start(), s.end(), type, value, precision, "explicit", null,
        Provenance.of("test", "hand-built", s)));
    return this;
  }

  private Span find(String mention) {
    int at = text.indexOf(mention);
    if (at < 0) {
      throw new IllegalArgumentException("mention not found: " + mention);
    }
    return new Span(at, at + mention.length());
  }

  public Annotation annotation() {
    return new Annotation(sentences, entities, List.of());
  }

  public List<Actor> actors() {
    return List.copyOf(actors);
  }

  public List<TimeExpression> times() {
    return List.copyOf(times);
  }

  public Mentions mentions() {
    return new Mentions(actors, entities);
  }
}
