package org.observatory.extract.attribution;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.observatory.core.Resources;

/**
 * Names of news outlets and agencies with their variants, matched ignoring case, spaces and punctuation
 * ("Presstv" is "Press TV"). Immutable and thread-safe.
 */
public final class OutletLexicon {

  private static final String RESOURCE = "outlets.txt";

  private final Map<String, String> canonicalByKey;

  public OutletLexicon(Map<String, String> canonicalByKey) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
  }

  /** The lexicon shipped with the code ({@code outlets.txt} beside this class). */
  public static OutletLexicon bundled() {
    try {
      return parse(new BufferedReader(new StringReader(Resources.text(OutletLexicon.class, RESOURCE))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OutletLexicon parse(BufferedReader reader) throws IOException {
    Map<String, String> map = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] names = line.split("\\|");
      String canonical = names[0].strip();
      for (String n : names) {
        map.putIfAbsent(key(n), canonical);
      }
    }
    return new OutletLexicon(map);
  }

  /**
   * The canonical outlet the mention names, if it names one: the whole mention, or a run of its words when every
   * other word is lower-case ("the Reuters news agency"); a run must start with a capital or a digit, so "the
   * Independent Group" and "a spa" name no outlet.
   */
  public Optional<String> match(String mention) {
    String[] words = mention.strip().split("\\s+");
    for (int len = words.length; len >= 1; len--) {
      for (int from = 0; from + len <= words.length; from++) {
        Optional<String> hit = window(words, from, from + len);
        if (hit.isPresent()) {
          return hit;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> window(String[] words, int from, int to) {
    for (int i = 0; i < words.length; i++) {
      boolean outside = i < from || i >= to;
      if (outside && !words[i].equals(words[i].toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    String run = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    if (run.isEmpty() || !(Character.isUpperCase(run.charAt(0)) || Character.isDigit(run.charAt(0)))) {
      return Optional.empty();
    }
    return Optional.ofNullable(canonicalByKey.get(key(run)));
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
