package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Builds a one-sentence hand-made parse for unit tests: tokens joined by single spaces. */
final class ParseBuilder {

  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> deps = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  /** Adds a token "word/POS/lemma[/NER]". */
  ParseBuilder tok(String spec) {
    String[] p = spec.split("/");
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    text.append(p[0]);
    tokens.add(new Token(tokens.size(), p[0], new Span(start, text.length()), p[1], p[2],
        p.length > 3 ? p[3] : "O"));
    return this;
  }

  /** Adds a token "word/POS/lemma[/NER]" that touches the previous one (no space: "sit", "-", "in"). */
  ParseBuilder glued(String spec) {
    String[] p = spec.split("/");
    int start = text.length();
    text.append(p[0]);
    tokens.add(new Token(tokens.size(), p[0], new Span(start, text.length()), p[1], p[2],
        p.length > 3 ? p[3] : "O"));
    return this;
  }

  ParseBuilder toks(String... specs) {
    for (String s : specs) {
      tok(s);
    }
    return this;
  }

  /** Adds an edge {@code relation(governor, dependent)}; governor -1 is the root. */
  ParseBuilder dep(String relation, int governor, int dependent) {
    deps.add(new Dependency(relation, governor, dependent));
    return this;
  }

  String text() {
    return text.toString();
  }

  Span span(int token) {
    return tokens.get(token).span();
  }

  Annotation annotation() {
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, deps);
    return new Annotation(List.of(s), List.of(), List.of());
  }

  Document document() {
    return Document.ofText(text(), "test");
  }
}
