package org.observatory.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Builds a hand-tagged document for unit tests: sentences of {@code word/POS/NER[/lemma]} items separated by
 * spaces; the text is the words joined by single spaces, sentences by a blank line. Consecutive tokens with the
 * same NER tag (other than O) form one entity mention.
 */
final class Tagged {

  final String text;
  final Annotation annotation;

  private Tagged(String text, Annotation annotation) {
    this.text = text;
    this.annotation = annotation;
  }

  Document document() {
    return Document.ofText(text, "test");
  }

  static Tagged of(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (s > 0) {
        text.append("\n\n");
      }
      int sentStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String item : sentences[s].trim().split(" +")) {
        String[] f = item.split("/");
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(f[0]);
        String lemma = f.length > 3 ? f[3] : f[0].toLowerCase();
        tokens.add(new Token(tokens.size(), f[0], new Span(start, text.length()), f[1], lemma, f[2]));
      }
      out.add(new Sentence(s, new Span(sentStart, text.length()), tokens, List.of()));
      entities.addAll(entities(tokens, s, text));
    }
    return new Tagged(text.toString(), new Annotation(out, entities, List.of()));
  }

  /**
   * This document with dependency edges for sentence {@code sentence}: items {@code relation:governor>dependent}
   * separated by spaces, token indices 0-based ({@code "nsubj:1>0 obj:1>3"}).
   */
  Tagged withDependencies(int sentence, String edges) {
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges.trim().split(" +")) {
      int colon = e.lastIndexOf(':');
      String[] gd = e.substring(colon + 1).split(">");
      deps.add(new Dependency(e.substring(0, colon), Integer.parseInt(gd[0]), Integer.parseInt(gd[1])));
    }
    List<Sentence> sentences = new ArrayList<>(annotation.sentences());
    Sentence old = sentences.get(sentence);
    sentences.set(sentence, new Sentence(old.index(), old.span(), old.tokens(), deps));
    return new Tagged(text, new Annotation(sentences, annotation.entities(), annotation.timexes()));
  }

  private static List<EntityMention> entities(List<Token> tokens, int sentence, CharSequence text) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.get(i).ner();
      int j = i + 1;
      while (!tag.equals("O") && j < tokens.size() && tokens.get(j).ner().equals(tag)) {
        j++;
      }
      if (!tag.equals("O")) {
        Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
        out.add(new EntityMention(span, span.of(text), tag, sentence));
      }
      i = j;
    }
    return out;
  }
}
