package org.observatory.extract.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Name normalisation shared by dictionary keys and text words. Stateless. */
final class Norm {

  private Norm() {}

  /** Lower case, no diacritics, typographic apostrophes and quotes made plain. Never null. */
  static String word(String s) {
    if (isPlainAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
    String s = (raw.indexOf('{') >= 0 ? raw.replaceAll("\\{[^}]*}", " ") : raw).replace('_', ' ');
    List<String> out = new ArrayList<>();
    for (String piece : s.trim().split("\\s+")) {
      for (String part : piece.split("-")) {
        addWithPossessive(word(part), out);
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
    String s = raw.replace('_', ' ').trim().replaceAll("\\s+", " ");
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && w.matches(".*[A-Z].*") && !isWordy(w)
          ? w : capitalise(w));
    }
    return b.toString();
  }

  private static boolean isWordy(String w) {
    return w.matches("(?i)al|of|the|and|for|bin|ibn|abu|el|ul|de|von|van");
  }

  private static String capitalise(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.matches("al|of|the|and|for|bin|ibn|el|de")) {
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
