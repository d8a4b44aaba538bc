package org.observatory.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Demonyms as places: only a demonym modifying a land noun names its country. Hand-tagged sentences. */
class DemonymPlacesTest {

  private static final Map<String, String> STATES = Map.of("Lebanese", "Lebanon", "Syrian", "Syria", "Iraqi",
      "Iraq", "Turkish", "Turkey");
  private static final DemonymCountries DEMONYMS = w -> Optional.ofNullable(STATES.get(w));

  /** Tokens "word/POS" (a word in STATES is tagged NATIONALITY); lemma = the word without a plural s. */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    String[] parts = tagged.split(" ");
    for (int i = 0; i < parts.length; i++) {
      int slash = parts[i].lastIndexOf('/');
      String w = parts[i].substring(0, slash);
      String pos = parts[i].substring(slash + 1);
      String lemma = pos.equals("NNS") ? w.replaceAll("(ie)?s$", "$1").replaceAll("ie$", "y") : w;
      tokens.add(new Token(i, w, new Span(at, at + w.length()), pos, lemma,
          STATES.containsKey(w) ? "NATIONALITY" : "O"));
      at += w.length() + 1;
    }
    return new Sentence(0, new Span(0, at - 1), tokens, List.of());
  }

  private static List<String> places(String tagged) {
    return DemonymPlaces.find(sentence(tagged), DEMONYMS).stream().map(PlaceMention::name).toList();
  }

  @Test
  void demonymModifyingFarmlandsNamesItsCountry() {
    List<PlaceMention> found = DemonymPlaces.find(
        sentence("Israel/NNP flooded/VBD Lebanese/JJ farmlands/NNS ./."), DEMONYMS);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("Lebanon");
      assertThat(m.kind()).isEqualTo(PlaceKind.COUNTRY);
      assertThat(m.span()).isEqualTo(new Span(15, 23));
    });
  }

  @Test
  void demonymBeforeCityOfOrBorderTownIsAPlace() {
    assertThat(places("the/DT Iraqi/JJ city/NN of/IN Mosul/NNP")).containsExactly("Iraq");
    assertThat(places("near/IN the/DT Syrian/JJ border/NN town/NN of/IN Azaz/NNP")).containsExactly("Syria");
    assertThat(places("they/PRP crossed/VBD the/DT Syrian/JJ border/NN ./.")).containsExactly("Syria");
  }

  @Test
  void demonymModifyingPeopleForcesOrOfficialsStaysAnActor() {
    assertThat(places("Iraqi/JJ officials/NNS said/VBD")).isEmpty();
    assertThat(places("Syrian/JJ government/NN forces/NNS advanced/VBD")).isEmpty();
    assertThat(places("a/DT Turkish/JJ military/JJ convoy/NN entered/VBD")).isEmpty();
    assertThat(places("Syrian/JJ border/NN guards/NNS fired/VBD")).isEmpty();
  }

  @Test
  void withoutADemonymListNothingIsAPlace() {
    assertThat(DemonymPlaces.find(sentence("Lebanese/JJ farmlands/NNS"), DemonymCountries.NONE)).isEmpty();
  }
}
