package org.observatory.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;

/**
 * Builds small annotations by hand for unit tests: sentences written as {@code word/POS} or {@code word/POS/lemma}
 * tokens separated by spaces (a slash inside a word written {@code \\/}); time expressions marked by their text,
 * type and tagger value.
 */
final class Texts {

  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<TimexMention> timexes = new ArrayList<>();

  /** Appends a sentence of tagged tokens: word/POS, word/POS/lemma or word/POS/lemma/NER. */
  Texts sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    for (String part : tagged.split(" ")) {
      String[] f = part.split("(?<!\\\\)/");
      f[0] = f[0].replace("\\/", "/");
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int s = text.length();
      text.append(f[0]);
      String lemma = f.length > 2 ? f[2] : f[0].toLowerCase();
      String ner = f.length > 3 ? f[3] : "O";
      tokens.add(new Token(tokens.size(), f[0], new Span(s, text.length()), f[1], lemma, ner));
    }
    sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), tokens, List.of()));
    return this;
  }

  /** Marks the last occurrence of {@code words} (as written in the text) as a tagger time expression. */
  Texts timex(String words, String type, String value) {
    int at = text.lastIndexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    Span span = new Span(at, at + words.length());
    int sentence = sentences.stream().filter(s -> s.span().contains(span)).findFirst().orElseThrow().index();
    timexes.add(new TimexMention(span, words, type, value, sentence));
    timexes.sort((a, b) -> a.span().compareTo(b.span()));
    return this;
  }

  String text() {
    return text.toString();
  }

  Annotation annotation() {
    return new Annotation(sentences, List.of(), timexes);
  }
}
