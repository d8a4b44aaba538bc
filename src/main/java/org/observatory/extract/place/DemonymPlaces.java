package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * A demonym used as a place: a word CoreNLP tags NATIONALITY that modifies a noun of land or settlement ("Palestinian
 * land", "Lebanese farmlands", "the Iraqi city of Mosul", "the Syrian border", "Russian cities") names its country
 * (kind {@link PlaceKind#COUNTRY}). A demonym modifying people, forces, officials or a government ("Iraqi officials",
 * "Syrian forces", "a Turkish military convoy") is an actor and is not returned. Stateless.
 */
final class DemonymPlaces {

  static final String RULE = "pattern:demonym+land";
  /** Head nouns (lemmas) that make the demonym's country a place. */
  private static final Set<String> LAND_NOUNS = Set.of("land", "farmland", "territory", "border", "frontier",
      "borderland", "soil", "ground", "city", "town", "village", "province", "region", "district", "governorate",
      "coast", "coastline", "shore", "airspace", "water", "countryside", "mainland", "port", "capital", "camp",
      "desert", "mountain", "hill", "island", "interior", "hinterland", "enclave", "area", "heartland", "plain",
      "valley", "sea", "river", "lake", "highland", "lowland", "outpost", "settlement", "municipality", "suburb",
      "neighborhood", "neighbourhood");
  private static final int MAX_MODIFIERS = 3;

  private DemonymPlaces() {}

  static List<PlaceMention> find(Sentence s, DemonymCountries demonyms) {
    List<PlaceMention> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      Token d = t.get(i);
      if (!"NATIONALITY".equals(d.ner()) || !Character.isUpperCase(d.text().charAt(0))) {
        continue;
      }
      Optional<String> country = demonyms.countryOf(d.text());
      if (country.isPresent() && headIsLand(t, i + 1)) {
        out.add(new PlaceMention(d.span(), country.get(), country.get(), PlaceKind.COUNTRY, RULE, s.index()));
      }
    }
    return out;
  }

  /** The head of the common-noun phrase starting at {@code from} (after at most a few modifiers) is a land noun. */
  private static boolean headIsLand(List<Token> t, int from) {
    int head = -1;
    for (int j = from; j < t.size() && j < from + MAX_MODIFIERS + 1; j++) {
      Token w = t.get(j);
      if (w.pos().equals("NN") || w.pos().equals("NNS")) {
        head = j;
      } else if (!(w.pos().startsWith("JJ") || w.pos().equals("VBN")) || head >= 0) {
        break;
      }
    }
    if (head < 0 || (head + 1 < t.size() && t.get(head + 1).pos().startsWith("NN"))) {
      return false;
    }
    String lemma = t.get(head).lemma() == null ? t.get(head).text() : t.get(head).lemma();
    return LAND_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
