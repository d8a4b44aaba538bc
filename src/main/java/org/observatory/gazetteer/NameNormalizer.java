package org.observatory.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a place name into lookup keys. Pure and thread-safe.
 *
 * <p>{@link #key} folds case, diacritics, ʿayn/hamza marks and apostrophes, hyphens and dots, the Arabic article
 * in its transliterations (al-, el-, ad-, az-, as-, ash-, ...) and in Arabic script, and Arabic letter variants.
 * {@link #skeleton} goes further for Latin script: it also folds consonant spellings (dh/th/z/ḍ → d, q/c → k,
 * kh → h, ou → u, ee → i), collapses doubled letters and drops non-initial vowels, so that Kafr/Kfar/Kafar,
 * Duhur/Dhuhur/Zuhur/Thohur and Idlib/Idleb share a key. The skeleton is lossy and is meant as a second try
 * after the exact key.
 */
public final class NameNormalizer {

  /** Changes whenever the keys change: a different value forces the on-disk index to be rebuilt. */
  public static final String VERSION = "n4";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʿʾʻʼʹʽˀˁ\u02bf\u02be\u0621]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\-‐‑–—_/.,()\\[\\]\"“”]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ad", "adh", "az", "as", "ash", "esh", "es", "ed", "ez", "ar", "er", "at", "ath", "an",
          "en", "et", "ech", "ul", "il");

  private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of("st", "saint", "ste", "sainte",
      "mt", "mount", "ft", "fort", "abul", "abu", "abou", "abu", "pt", "port");

  private NameNormalizer() {}

  /** The exact key: lower case, no marks or punctuation, articles removed; empty when nothing is left. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    s = foldLetters(s.toLowerCase(Locale.ROOT));
    List<String> words = new ArrayList<>();
    for (String w : SPACES.split(s.trim())) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return String.join(" ", dropArticles(words));
  }

  /** The lossy key for Latin-script names (see class comment); for other scripts the exact key. */
  public static String skeleton(String name) {
    String k = key(name);
    if (k.isEmpty() || !isLatin(k)) {
      return k;
    }
    List<String> out = new ArrayList<>();
    for (String w : k.split(" ")) {
      out.add(skeletonWord(w));
    }
    return String.join(" ", out);
  }

  static String skeletonWord(String word) {
    String w = word.replace("ou", "u").replace("ee", "i").replace("oo", "u");
    w = w.replace("dh", "d").replace("th", "d").replace("kh", "h").replace("gh", "g").replace("ck", "k");
    w = w.replace('z', 'd').replace('q', 'k').replace('c', 'k').replace("sh", "s").replace("ch", "s");
    if (w.length() > 3 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) {
      w = w.substring(0, w.length() - 1);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i > 0 && (isVowel(c) || c == 'y' || c == 'w' && isVowel(w.charAt(i - 1)))) {
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue;
      }
      b.append(c);
    }
    if (b.length() > 0 && isVowel(b.charAt(0))) {
      b.setCharAt(0, 'a');
    }
    return b.toString();
  }

  private static List<String> dropArticles(List<String> words) {
    if (words.size() < 2) {
      return words.size() == 1 ? List.of(stripGluedArticle(ABBREVIATIONS.getOrDefault(words.get(0),
          words.get(0)))) : words;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean last = i == words.size() - 1;
      if (!last && ARTICLES.contains(w)) {
        continue;
      }
      w = ABBREVIATIONS.getOrDefault(w, w);
      out.add(stripGluedArticle(w));
    }
    return out;
  }

  private static String stripGluedArticle(String w) {
    if (w.length() > 4 && w.startsWith("ال")) {
      return w.substring(2);
    }
    return w;
  }

  private static String foldLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
        case 'ة' -> b.append('ه');
        case 'ى' -> b.append('ي');
        case 'ـ' -> { }
        case 'ı' -> b.append('i');
        case 'ø' -> b.append('o');
        case 'æ' -> b.append("ae");
        case 'ß' -> b.append("ss");
        case 'đ', 'ð' -> b.append('d');
        case 'ł' -> b.append('l');
        case 'þ' -> b.append("th");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** True when every letter of {@code s} is basic Latin. */
  public static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && (c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code s} has a letter in the Arabic block. */
  public static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.ARABIC) {
        return true;
      }
    }
    return false;
  }
}
