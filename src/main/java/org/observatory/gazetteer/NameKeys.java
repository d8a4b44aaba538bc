package org.observatory.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct lookup keys of one entry's names: exact keys and skeletons (skeletons shorter than three letters
 * are left out: too ambiguous). Computed once at build time and stored in the index.
 *
 * @param keys exact keys
 * @param skeletons skeleton keys
 */
record NameKeys(List<String> keys, List<String> skeletons) {

  static NameKeys of(GazetteerEntry e) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> skels = new LinkedHashSet<>();
    for (String name : e.allNames()) {
      String k = NameNormalizer.key(name);
      if (k.isEmpty()) {
        continue;
      }
      keys.add(k);
      String s = NameNormalizer.skeleton(name);
      if (s.replace(" ", "").length() >= 3) {
        skels.add(s);
      }
    }
    return new NameKeys(new ArrayList<>(keys), new ArrayList<>(skels));
  }
}
