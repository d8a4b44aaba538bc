package org.observatory.extract.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs of the CAMEO verb-pattern dictionary (PETRARCH {@code CAMEO.2.0.txt}): for each verb lemma its block's
 * default CAMEO code and the codes its patterns give for a direct object word ({@code - * OBJECT [code]}). A
 * simplified reading of the dictionary: only the first word after the verb slot is used. Immutable, thread-safe.
 */
public final class CameoVerbDictionary {

  /** Where the dictionary lies under the shared data directory. */
  public static final String PATH = "events/cameo-dictionaries/CAMEO.2.0.txt";

  private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
  private static final Pattern CODE = Pattern.compile("\\[([0-9:\\-]+)\\]");

  /**
   * A verb's codes.
   *
   * @param defaultCode code of its block, or null when the block has none ({@code ---})
   * @param byObject code by lower-cased object word
   */
  public record VerbCodes(String defaultCode, Map<String, String> byObject) {}

  private final Map<String, VerbCodes> verbs;

  private CameoVerbDictionary(Map<String, VerbCodes> verbs) {
    this.verbs = verbs;
  }

  public static CameoVerbDictionary load(Path dataDir) {
    return of(Tsv.lines(dataDir.resolve(PATH)));
  }

  static CameoVerbDictionary of(List<String> lines) {
    Map<String, List<String>> synsets = synsets(lines);
    Map<String, String> defaults = new HashMap<>();
    Map<String, Map<String, String>> objects = new HashMap<>();
    List<String> blockVerbs = new ArrayList<>();
    String blockCode = null;
    boolean inVerbs = false;
    for (String raw : lines) {
      String line = stripComment(raw).trim();
      Matcher b = BLOCK.matcher(line);
      if (raw.startsWith("####### VERB PATTERNS")) {
        inVerbs = true;
      } else if (b.find()) {
        blockVerbs = new ArrayList<>();
        blockCode = code(b.group(2));
      } else if (inVerbs && line.startsWith("-")) {
        pattern(line, synsets, blockVerbs, objects);
      } else if (inVerbs && !line.isEmpty() && !line.startsWith("&")) {
        String lemma = line.replace("+", "").split("[\\s{\\[]")[0].toLowerCase(Locale.ROOT);
        Matcher c = CODE.matcher(line);
        String own = c.find() ? code(c.group(1)) : blockCode;
        blockVerbs.add(lemma);
        if (own != null) {
          defaults.putIfAbsent(lemma, own);
        }
      }
    }
    Map<String, VerbCodes> verbs = new LinkedHashMap<>();
    for (String v : union(defaults.keySet(), objects.keySet())) {
      verbs.put(v, new VerbCodes(defaults.get(v), Map.copyOf(objects.getOrDefault(v, Map.of()))));
    }
    return new CameoVerbDictionary(Map.copyOf(verbs));
  }

  private static List<String> union(Collection<String> a, Collection<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) {
      if (!a.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static void pattern(String line, Map<String, List<String>> synsets, List<String> blockVerbs,
      Map<String, Map<String, String>> objects) {
    Matcher c = CODE.matcher(line);
    if (!c.find()) {
      return;
    }
    String code = code(c.group(1));
    String[] parts = line.substring(1, c.start()).trim().split("\\s+");
    if (code == null || parts.length < 2 || !parts[0].equals("*")) {
      return;
    }
    String word = parts[1];
    List<String> words;
    if (word.startsWith("&")) {
      words = synsets.getOrDefault(word, List.of());
    } else if (word.matches("[A-Z][A-Z\\-]*")) {
      words = List.of(word);
    } else {
      return;
    }
    for (String v : blockVerbs) {
      for (String w : words) {
        String[] ws = w.toLowerCase(Locale.ROOT).split("_");
        objects.computeIfAbsent(v, k -> new HashMap<>()).putIfAbsent(singular(ws[ws.length - 1]), code);
      }
    }
  }

  private static String singular(String w) {
    return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
        : w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  private static Map<String, List<String>> synsets(List<String> lines) {
    Map<String, List<String>> out = new HashMap<>();
    String current = null;
    for (String raw : lines) {
      String line = stripComment(raw).trim();
      if (line.startsWith("####### VERB PATTERNS")) {
        break;
      }
      if (line.startsWith("&")) {
        current = line.split("\\s+")[0];
        out.put(current, new ArrayList<>());
      } else if (line.startsWith("+") && current != null) {
        out.get(current).add(line.substring(1).split("[\\s{]")[0]);
      } else if (line.isEmpty()) {
        current = null;
      }
    }
    return out;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** "190" from "190", "062:062", ":110"; null for "---". */
  static String code(String cell) {
    for (String part : cell.split(":")) {
      if (part.matches("\\d{2,4}")) {
        return part;
      }
    }
    return null;
  }

  /** The CAMEO code for {@code verbLemma} with the given object lemmas: an object pattern, else the default. */
  public Optional<String> code(String verbLemma, Collection<String> objectLemmas) {
    VerbCodes v = verbs.get(verbLemma.toLowerCase(Locale.ROOT));
    if (v == null) {
      return Optional.empty();
    }
    for (String o : objectLemmas) {
      String c = v.byObject().get(o.toLowerCase(Locale.ROOT));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.ofNullable(v.defaultCode());
  }

  public int size() {
    return verbs.size();
  }
}
