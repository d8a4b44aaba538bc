package org.observatory.extract.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Name normalisation shared by dictionary keys and text words. Stateless. */
final class Norm {

  private Norm() {}

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern BRACES = java.util.regex.Pattern.compile("\\{[^}]*}");
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.Set<String> WORDY = java.util.Set.of("al", "of", "the", "and", "for", "bin", "ibn",
      "abu", "el", "ul", "de", "von", "van");
  private static final java.util.Set<String> LOWER = java.util.Set.of("al", "of", "the", "and", "for", "bin", "ibn",
      "el", "de");

  /** Lower case, no diacritics, typographic apostrophes and quotes made plain. Never null. */
  static String word(String s) {
    if (isPlainAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    d = d.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u0131', 'i');
    return d.toLowerCase(Locale.ROOT);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 126 || c == '`') {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits a dictionary or extra-file name ("RECEP_TAYYIP_ERDOGAN_", "People's Protection Units", "AL-NUSRA_FRONT")
   * into normalised words the way {@link Words} splits text: on spaces, underscores and hyphens, with a possessive
   * {@code 's} as its own word.
   */
  static List<String> nameWords(String raw) {
    String s = (raw.indexOf('{') >= 0 ? BRACES.matcher(raw).replaceAll(" ") : raw).replace('_', ' ');
    List<String> out = new ArrayList<>(4);
    int n = s.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean sep = i == n || s.charAt(i) == '-' || Character.isWhitespace(s.charAt(i));
      if (sep && start >= 0) {
        addWithPossessive(word(s.substring(start, i)), out);
        start = -1;
      } else if (!sep && start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static void addWithPossessive(String w, List<String> out) {
    if (w.isEmpty()) {
      return;
    }
    if (w.length() > 2 && w.endsWith("'s")) {
      out.add(w.substring(0, w.length() - 2));
      out.add("'s");
    } else if (w.length() > 1 && w.endsWith("'") && !w.equals("'")) {
      out.add(w.substring(0, w.length() - 1));
      out.add("'");
    } else {
      out.add(w);
    }
  }

  /** "RECEP_TAYYIP_ERDOGAN_" -> "Recep Tayyip Erdogan"; keeps short all-capital words (UN, US) as they are. */
  static String titleCase(String raw) {
    String s = SPACES.matcher(raw.replace('_', ' ').trim()).replaceAll(" ");
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && hasUpper(w) && !isWordy(w)
          ? w : capitalise(w));
    }
    return b.toString();
  }

  private static boolean isWordy(String w) {
    return WORDY.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean hasUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) >= 'A' && w.charAt(i) <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private static String capitalise(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (LOWER.contains(lower)) {
      return lower;
    }
    StringBuilder b = new StringBuilder(lower.length());
    boolean up = true;
    for (char c : lower.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == '-' || c == '.';
    }
    return b.toString();
  }
}
