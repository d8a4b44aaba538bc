package org.observatory.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.observatory.core.ConfigException;

/**
 * Names of news outlets and agencies with their variants, matched ignoring case, spaces and punctuation
 * ("Presstv" is "Press TV"). Immutable and thread-safe.
 */
public final class OutletLexicon {

  /** Variants shorter than this (AP, AA, RT) match only a whole mention, never inside a longer one. */
  private static final int MIN_CONTAINED = 5;
  private static final String RESOURCE = "outlets.txt";

  private final Map<String, String> canonicalByKey;

  public OutletLexicon(Map<String, String> canonicalByKey) {
    this.canonicalByKey = Map.copyOf(canonicalByKey);
  }

  /** The lexicon shipped with the code ({@code outlets.txt} beside this class). */
  public static OutletLexicon bundled() {
    try (InputStream in = OutletLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ConfigException("outlet lexicon resource missing: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
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

  /** The canonical outlet the mention names, if it names one. */
  public Optional<String> match(String mention) {
    String k = key(mention);
    String exact = canonicalByKey.get(k);
    if (exact != null) {
      return Optional.of(exact);
    }
    String spaced = " " + mention.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    return canonicalByKey.entrySet().stream()
        .filter(e -> e.getKey().length() >= MIN_CONTAINED)
        .filter(e -> spaced.replace(" ", "").contains(e.getKey()) && wordAligned(spaced, e.getKey()))
        .map(Map.Entry::getValue).findFirst();
  }

  private static boolean wordAligned(String spaced, String key) {
    String squeezed = spaced.replace(" ", "");
    int at = squeezed.indexOf(key);
    int seen = 0;
    boolean startOk = false;
    boolean endOk = false;
    for (int i = 0; i < spaced.length(); i++) {
      char c = spaced.charAt(i);
      if (c == ' ') {
        if (seen == at) {
          startOk = true;
        }
        if (seen == at + key.length()) {
          endOk = true;
        }
      } else {
        seen++;
      }
    }
    return startOk && endOk;
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
