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

  /**
   * This lexicon plus list {@code kind} read from a one-word-a-line text ({@code #} starts a comment line);
   * replaces a list of that name.
   */
  Lexicon with(String kind, String oneWordALine) {
    Set<String> words = new HashSet<>();
    for (String line : oneWordALine.split("\r?\n")) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        words.add(Norm.word(w));
      }
    }
    Map<String, Set<String>> all = new HashMap<>(lists);
    all.put(kind, Set.copyOf(words));
    return new Lexicon(Map.copyOf(all));
  }

  /** True when normalised {@code word} is in list {@code kind}. */
  boolean is(String kind, String word) {
    Set<String> s = lists.get(kind);
    return s != null && s.contains(word);
  }
}
