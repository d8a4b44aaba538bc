package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.junit.jupiter.api.Test;

class SpeakingNamesTest {

  /** One sentence of whitespace-separated words with the given lemmas and edges "rel gov dep". */
  private static Annotation sentence(String text, String[] lemmas, String... edges) {
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      int start = text.indexOf(words[i], from);
      tokens.add(new Token(i, words[i], new Span(start, start + words[i].length()), "NN", lemmas[i], "O"));
      from = start + words[i].length();
    }
    List<Dependency> deps = new ArrayList<>();
    for (String e : edges) {
      String[] p = e.split(" ");
      deps.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    return new Annotation(List.of(new Sentence(0, new Span(0, text.length()), tokens, deps)), List.of(), List.of());
  }

  private static PlaceMention mention(String text, String name) {
    int start = text.indexOf(name);
    return PlaceMention.of(new Span(start, start + name.length()), name, PlaceKind.ANY, "test", 0);
  }

  @Test
  void capitalThatIsTheSubjectOfSayIsDroppedAsAnActor() {
    String text = "Moscow said it would respond";
    Annotation a = sentence(text, new String[] {"Moscow", "say", "it", "would", "respond"}, "nsubj 1 0", "root -1 1");
    assertThat(SpeakingNames.withoutSpeakers(List.of(mention(text, "Moscow")), a)).isEmpty();
  }

  @Test
  void capitalThatIsTheSubjectOfViewIsDroppedButTheObjectPlaceStays() {
    String text = "Ankara views Idlib as vital";
    Annotation a = sentence(text, new String[] {"Ankara", "view", "Idlib", "as", "vital"}, "nsubj 1 0", "obj 1 2");
    List<PlaceMention> kept =
        SpeakingNames.withoutSpeakers(List.of(mention(text, "Ankara"), mention(text, "Idlib")), a);
    assertThat(kept).extracting(PlaceMention::name).containsExactly("Idlib");
  }

  @Test
  void placeThatIsTheSubjectOfAnOrdinaryVerbStays() {
    String text = "Aleppo lies in ruins";
    Annotation a = sentence(text, new String[] {"Aleppo", "lie", "in", "ruin"}, "nsubj 1 0");
    assertThat(SpeakingNames.withoutSpeakers(List.of(mention(text, "Aleppo")), a)).hasSize(1);
  }

  @Test
  void withoutAParseNothingIsDropped() {
    String text = "Moscow said no";
    Annotation a = sentence(text, new String[] {"Moscow", "say", "no"});
    assertThat(SpeakingNames.withoutSpeakers(List.of(mention(text, "Moscow")), a)).hasSize(1);
  }
}
