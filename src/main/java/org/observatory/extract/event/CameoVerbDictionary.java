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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.English;

/**
 * The verbs of the CAMEO verb-pattern dictionary (PETRARCH {@code CAMEO.2.0.txt}): for each verb lemma its block's
 * default CAMEO code and the codes its patterns give for a direct object word ({@code - * OBJECT [code]}). A
 * simplified reading of the dictionary: the first word after the verb slot is the object (for a braced phrase
 * {@code {DIPLOMATIC TIES}} its last word); every further content word of the pattern, parenthesised qualifiers
 * included ({@code BLOCKADE (ON GOODS)}, {@code BLACKOUT (BY FORCE)}), must occur near the verb for the pattern to
 * apply. Block defaults of {@link #GENERIC_DEFAULTS} (CAMEO 060 "engage in material cooperation", the catch-all of
 * blocks of general verbs such as give, help, increase, establish, rule) and of the {@link #GENERIC_BLOCKS} (CAMEO
 * 040 "consult" given to blocks of motion, gathering, cognition and encounter verbs: go, come, arrive, leave,
 * gather, think, consider, learn, face, confront) are not used: they say nothing about the event. Verbs keep
 * their own code written on the verb's line. Immutable, thread-safe.
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
  public record VerbCodes(String defaultCode, Map<String, List<ObjectPattern>> byObject) {}

  /**
   * One object pattern: its code applies when every group of {@code required} has a word among the context lemmas.
   *
   * @param required groups of alternative lower-cased words (a synonym set is one group)
   * @param code the CAMEO code
   */
  public record ObjectPattern(List<Set<String>> required, String code) {

    public ObjectPattern {
      required = List.copyOf(required);
    }

    boolean appliesTo(Collection<String> context) {
      return required.stream().allMatch(group -> context.stream().anyMatch(group::contains));
    }
  }

  /** Block default codes too general to code an event (CAMEO 060, engage in material cooperation). */
  public static final Set<String> GENERIC_DEFAULTS = Set.of("060");

  /** Blocks of general motion, gathering, cognition and encounter verbs whose default (040) is not used. */
  public static final Set<String> GENERIC_BLOCKS = Set.of("ARRIVE", "ASSEMBLE", "CONSIDER", "GO_SOMEWHERE", "HEAR",
      "INTRODUCE", "NOTIFY", "MEET_PEOPLE");

  private static final Set<String> FUNCTION_WORDS = Set.of("OF", "ON", "IN", "BY", "FOR", "TO", "WITH", "FROM",
      "INTO", "AGAINST", "THE", "A", "AN", "AND", "OR", "AT", "OVER", "ABOUT", "OFF", "UP", "OUT", "NOT");

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
    Map<String, Map<String, List<ObjectPattern>>> objects = new HashMap<>();
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
        blockCode = GENERIC_BLOCKS.contains(b.group(1)) ? null : code(b.group(2));
      } else if (inVerbs && line.startsWith("-")) {
        pattern(line, synsets, blockVerbs, objects);
      } else if (inVerbs && !line.isEmpty() && !line.startsWith("&")) {
        String lemma = line.replace("+", "").split("[\\s{\\[]")[0].toLowerCase(Locale.ROOT);
        Matcher c = CODE.matcher(line);
        String own = c.find() ? code(c.group(1)) : blockCode;
        blockVerbs.add(lemma);
        if (own != null && !GENERIC_DEFAULTS.contains(own)) {
          defaults.putIfAbsent(lemma, own);
        }
      }
    }
    Map<String, VerbCodes> verbs = new LinkedHashMap<>();
    for (String v : union(defaults.keySet(), objects.keySet())) {
      Map<String, List<ObjectPattern>> byObject = new HashMap<>();
      objects.getOrDefault(v, Map.of()).forEach((k, list) -> byObject.put(k, mostSpecificFirst(list)));
      verbs.put(v, new VerbCodes(defaults.get(v), Map.copyOf(byObject)));
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
      Map<String, Map<String, List<ObjectPattern>>> objects) {
    Matcher c = CODE.matcher(line);
    if (!c.find()) {
      return;
    }
    String code = code(c.group(1));
    String body = line.substring(1, c.start()).trim();
    if (code == null || !body.startsWith("*")) {
      return;
    }
    List<String> words = List.of(body.substring(1).replaceAll("[{}()]", " ").trim().split("\\s+"));
    int headAt = body.substring(1).trim().startsWith("{") ? braceEnd(words, body) : 0;
    if (words.isEmpty() || headAt < 0 || body.substring(1).trim().startsWith("(")) {
      return;
    }
    List<String> heads = group(words.get(headAt), synsets);
    List<Set<String>> required = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<String> g = i == headAt ? List.of() : group(words.get(i), synsets);
      if (!g.isEmpty()) {
        required.add(Set.copyOf(g));
      } else if (i != headAt && !FUNCTION_WORDS.contains(words.get(i)) && !words.get(i).matches("[^A-Z&]*")) {
        return;
      }
    }
    for (String v : blockVerbs) {
      for (String w : heads) {
        objects.computeIfAbsent(v, k -> new HashMap<>()).computeIfAbsent(w, k -> new ArrayList<>())
            .add(new ObjectPattern(required, code));
      }
    }
  }

  /** Patterns with more required words first (stable: file order among equals). */
  private static List<ObjectPattern> mostSpecificFirst(List<ObjectPattern> list) {
    List<ObjectPattern> out = new ArrayList<>(list);
    out.sort((a, b) -> Integer.compare(b.required().size(), a.required().size()));
    return List.copyOf(out);
  }

  /** Index of the last word of a leading braced phrase ({@code {DIPLOMATIC TIES}}), or -1. */
  private static int braceEnd(List<String> words, String body) {
    int close = body.indexOf('}');
    if (close < 0) {
      return -1;
    }
    int n = body.substring(body.indexOf('{') + 1, close).trim().split("\\s+").length;
    return n - 1 < words.size() ? n - 1 : -1;
  }

  /** The lower-cased singular words a pattern word stands for: itself, or a synonym set's members; empty else. */
  private static List<String> group(String word, Map<String, List<String>> synsets) {
    List<String> raw;
    if (word.startsWith("&")) {
      raw = synsets.getOrDefault(word, List.of());
    } else if (word.matches("[A-Z][A-Z\\-]*") && !FUNCTION_WORDS.contains(word)) {
      raw = List.of(word);
    } else {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String w : raw) {
      String[] ws = w.toLowerCase(Locale.ROOT).split("_");
      out.add(English.singular(ws[ws.length - 1]));
    }
    return out;
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
    return code(verbLemma, objectLemmas, objectLemmas);
  }

  /**
   * The CAMEO code for {@code verbLemma}: the first object pattern whose object is one of {@code objectLemmas} and
   * whose further words occur among {@code context} (lemmas near the verb), else the block default.
   */
  public Optional<String> code(String verbLemma, Collection<String> objectLemmas, Collection<String> context) {
    Optional<String> byObject = objectCode(verbLemma, objectLemmas, context);
    if (byObject.isPresent()) {
      return byObject;
    }
    VerbCodes v = verbs.get(verbLemma.toLowerCase(Locale.ROOT));
    return v == null ? Optional.empty() : Optional.ofNullable(v.defaultCode());
  }

  /** The code of the first object pattern of {@code verbLemma} that applies, without falling back to the default. */
  public Optional<String> objectCode(String verbLemma, Collection<String> objectLemmas, Collection<String> context) {
    VerbCodes v = verbs.get(verbLemma.toLowerCase(Locale.ROOT));
    if (v == null) {
      return Optional.empty();
    }
    List<String> ctx = context.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    for (String o : objectLemmas) {
      for (ObjectPattern p : v.byObject().getOrDefault(o.toLowerCase(Locale.ROOT), List.of())) {
        if (p.appliesTo(ctx)) {
          return Optional.of(p.code());
        }
      }
    }
    return Optional.empty();
  }

  public int size() {
    return verbs.size();
  }
}
