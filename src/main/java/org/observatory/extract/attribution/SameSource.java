package org.observatory.extract.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.observatory.record.SourceLink;

/**
 * Collapses adjacent links of a chain that name one source: the same canonical name ("Syrian Observatory for Human
 * Rights (SOHR)" and "Syrian Observatory for Human Rights"), or one is the other's abbreviation ("SOHR") or short
 * form (a leading run of its words, "the Syrian Observatory"). The nearer link (its role and evidence) is kept.
 * Stateless and thread-safe.
 */
final class SameSource {

  private SameSource() {}

  /** {@code links} (nearest first) with each link naming the same source as the link before it dropped. */
  static List<SourceLink> collapse(List<SourceLink> links) {
    List<SourceLink> out = new ArrayList<>();
    for (SourceLink l : links) {
      if (!out.isEmpty() && l.evidence() != null && out.get(out.size() - 1).evidence() != null
          && same(out.get(out.size() - 1).name(), l.name())) {
        continue;
      }
      out.add(l);
    }
    return List.copyOf(out);
  }

  /** Whether two names name one source (case, a leading "the", and parenthesised abbreviations aside). */
  static boolean same(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y) || abbreviates(a, y) || abbreviates(b, x)) {
      return true;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter);
  }

  /** Whether {@code name} (or its parenthesised part) is the initials of the content words of {@code words}. */
  private static boolean abbreviates(String name, List<String> words) {
    String initials = words.stream().filter(w -> !FUNCTION.contains(w)).map(w -> w.substring(0, 1))
        .reduce("", String::concat);
    for (String part : abbreviations(name)) {
      if (part.length() >= 2 && part.equalsIgnoreCase(initials)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> abbreviations(String name) {
    List<String> out = new ArrayList<>();
    int open = name.indexOf('(');
    int close = name.indexOf(')', open + 1);
    if (open >= 0 && close > open) {
      out.add(name.substring(open + 1, close).trim());
    }
    String bare = name.replaceAll("\\(.*?\\)", "").trim();
    if (!bare.contains(" ") && bare.equals(bare.toUpperCase(Locale.ROOT))) {
      out.add(bare);
    }
    return out;
  }

  private static final List<String> FUNCTION = List.of("for", "of", "the", "and", "on", "in", "de", "al");

  /** Lower-cased words without parenthesised parts, punctuation and a leading article. */
  private static List<String> words(String name) {
    String bare = name.replaceAll("\\(.*?\\)", " ").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ");
    List<String> w = new ArrayList<>(Arrays.asList(bare.trim().split("\\s+")));
    w.removeIf(String::isEmpty);
    if (!w.isEmpty() && w.get(0).equals("the")) {
      w.remove(0);
    }
    return w;
  }
}
