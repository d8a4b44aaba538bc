package org.observatory.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Turns a sentence's tokens into {@link Word}s: hyphenated tokens split, hyphen tokens dropped. Stateless. */
final class Words {

  private Words() {}

  static List<Word> of(Sentence sentence) {
    List<Word> out = new ArrayList<>();
    boolean hyphenBefore = false;
    for (Token t : sentence.tokens()) {
      if (t.text().equals("-") || t.text().equals("\u2010") || t.text().equals("\u2011")) {
        hyphenBefore = true;
        continue;
      }
      if (t.text().indexOf('-') > 0 && t.text().length() > 2 && !t.text().startsWith("http")) {
        split(t, hyphenBefore, out);
      } else {
        out.add(new Word(Norm.word(t.text()), Norm.word(t.lemma() == null ? t.text() : t.lemma()), t.text(),
            t.index(), t.span(), t.pos(), t.ner(), hyphenBefore));
      }
      hyphenBefore = false;
    }
    return out;
  }

  private static void split(Token t, boolean hyphenBefore, List<Word> out) {
    int start = 0;
    String s = t.text();
    boolean first = true;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '-') {
        if (i > start) {
          String part = s.substring(start, i);
          Span span = new Span(t.span().start() + start, t.span().start() + i);
          out.add(new Word(Norm.word(part), Norm.word(part), part, t.index(), span, t.pos(), t.ner(),
              first ? hyphenBefore : true));
          first = false;
        }
        start = i + 1;
      }
    }
  }

  /** Word forms for trie matching. */
  static List<List<String>> forms(List<Word> words) {
    return words.stream().map(Word::forms).toList();
  }
}
