package org.observatory.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.core.English;

/**
 * The hand-written trigger lexicon ({@code triggers.tsv}): verbs and event nouns with their PLOVER type, mode and,
 * where the word fixes it, ACLED label. Immutable and thread-safe.
 */
public final class TriggerLexicon {

  private final Map<String, List<TriggerEntry>> byLemma;

  private TriggerLexicon(Map<String, List<TriggerEntry>> byLemma) {
    this.byLemma = byLemma;
  }

  /** The built-in lexicon. */
  public static TriggerLexicon builtIn() {
    return of(Tsv.resource("triggers.tsv"));
  }

  static TriggerLexicon of(List<String[]> rows) {
    Map<String, List<TriggerEntry>> map = new LinkedHashMap<>();
    for (String[] r : rows) {
      String lemma = r[0].toLowerCase(Locale.ROOT);
      Set<String> objects = r[2].equals("*") ? Set.of() : new HashSet<>(Arrays.asList(r[2].split(",")));
      TriggerEntry e = new TriggerEntry(lemma, r[1].contains("V"), r[1].contains("N"), objects, r[3],
          Tsv.opt(r[4]), Tsv.opt(r[5]));
      if (!e.isLight() && !e.isSay() && !e.isNone()) {
        e.type();
      }
      map.computeIfAbsent(lemma, k -> new ArrayList<>()).add(e);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return new TriggerLexicon(Map.copyOf(map));
  }

  /**
   * The entry for {@code lemma} used as a verb ({@code verb}) or noun, given the lemmas of its objects (for nouns,
   * its modifiers): an entry whose object list matches wins over an unrestricted one.
   */
  public Optional<TriggerEntry> lookup(String lemma, boolean verb, Collection<String> objectLemmas) {
    List<TriggerEntry> entries = byLemma.get(lemma.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return Optional.empty();
    }
    TriggerEntry any = null;
    for (TriggerEntry e : entries) {
      if (verb ? !e.verb() : !e.noun()) {
        continue;
      }
      if (e.objects().isEmpty()) {
        any = any == null ? e : any;
      } else if (objectLemmas.stream().anyMatch(o -> selects(e, o.toLowerCase(Locale.ROOT)))) {
        return Optional.of(e);
      }
    }
    return Optional.ofNullable(any);
  }

  /**
   * True when the object lemma is one of the entry's objects, also for a plural the lemmatizer left as it is
   * ("troops", whose lemma CoreNLP gives as "troops").
   */
  private static boolean selects(TriggerEntry e, String object) {
    return e.objects().contains(object) || e.objects().contains(English.singular(object));
  }

  /** True when some entry exists for {@code lemma} (any part of speech). */
  public boolean contains(String lemma) {
    return byLemma.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return byLemma.values().stream().mapToInt(List::size).sum();
  }
}
