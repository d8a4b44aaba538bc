package org.observatory.extract.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * General word lists the actor rules use (titles, place nouns, locative prepositions, compass words, relation
 * words), read from {@code lexicon.tsv}. Immutable and thread-safe.
 */
final class Lexicon {

  private final Map<String, Set<String>> lists;

  private Lexicon(Map<String, Set<String>> lists) {
    this.lists = lists;
  }

  /** Parses {@code kind<TAB>word|word|...} lines; {@code #} starts a comment line. */
  static Lexicon parse(String text) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      Set<String> words = lists.computeIfAbsent(cols[0].strip(), k -> new HashSet<>());
      for (String w : cols[1].split("\\|")) {
        words.add(Norm.word(w.strip()));
      }
    }
    lists.replaceAll((k, v) -> Set.copyOf(v));
    return new Lexicon(Map.copyOf(lists));
  }

  /** True when normalised {@code word} is in list {@code kind}. */
  boolean is(String kind, String word) {
    Set<String> s = lists.get(kind);
    return s != null && s.contains(word);
  }
}
