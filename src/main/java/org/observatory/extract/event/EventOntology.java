package org.observatory.extract.event;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.ConfigException;

/**
 * PLOVER types and modes, ACLED sub-event types and the mappings between them and from CAMEO. Immutable and
 * thread-safe once built.
 */
public final class EventOntology {

  /** Where the CAMEO to PLOVER table lies under the shared data directory. */
  public static final String CAMEO2PLOVER = "events/plover-gsr/CAMEO2PLOVER-2021.txt";

  private static final Pattern CAMEO_LINE =
      Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)\\s*,([^,#]*),?([^#]*)(?:#\\s*(.*))?$");

  private final Map<PloverType, Set<String>> modes;
  private final Map<String, AcledCategory> acled;
  private final Map<String, CameoCoding> cameo;

  private EventOntology(Map<PloverType, Set<String>> modes, Map<String, AcledCategory> acled,
      Map<String, CameoCoding> cameo) {
    this.modes = modes;
    this.acled = acled;
    this.cameo = cameo;
  }

  /** Loads the built-in resources and the CAMEO table from {@code dataDir/}{@value #CAMEO2PLOVER}. */
  public static EventOntology load(Path dataDir) {
    return of(Tsv.lines(dataDir.resolve(CAMEO2PLOVER)));
  }

  /** Builds the ontology from the built-in resources and the lines of a CAMEO2PLOVER table. */
  static EventOntology of(List<String> cameoLines) {
    Map<String, CameoCoding> cameo = parseCameo(cameoLines);
    Map<PloverType, Set<String>> modes = new EnumMap<>(PloverType.class);
    for (PloverType t : PloverType.values()) {
      modes.put(t, new LinkedHashSet<>());
    }
    for (CameoCoding c : cameo.values()) {
      if (c.mode() != null) {
        modes.get(c.type()).add(c.mode());
      }
    }
    for (String[] row : Tsv.resource("plover-types.tsv")) {
      PloverType t = type(row[0]);
      if (Tsv.opt(row[2]) != null) {
        for (String m : row[2].split(",")) {
          modes.get(t).add(m.trim());
        }
      }
    }
    Map<String, AcledCategory> acled = new LinkedHashMap<>();
    for (String[] row : Tsv.resource("acled-types.tsv")) {
      PloverType p = Tsv.opt(row[3]) == null ? null : type(row[3]);
      acled.put(row[0], new AcledCategory(row[0], row[1], row[2], p, Tsv.opt(row[4])));
    }
    Map<PloverType, Set<String>> frozen = new EnumMap<>(PloverType.class);
    modes.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new EventOntology(Collections.unmodifiableMap(frozen), Collections.unmodifiableMap(acled),
        Collections.unmodifiableMap(cameo));
  }

  static PloverType type(String name) {
    return PloverType.parse(name).orElseThrow(() -> new ConfigException("unknown PLOVER type: " + name));
  }

  static Map<String, CameoCoding> parseCameo(List<String> lines) {
    Map<String, CameoCoding> out = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = CAMEO_LINE.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      Optional<PloverType> t = PloverType.parse(m.group(2));
      if (t.isEmpty() || m.group(1).length() == 2) {
        continue;
      }
      out.putIfAbsent(m.group(1), new CameoCoding(m.group(1), t.get(), blankToNull(m.group(3)),
          blankToNull(m.group(4)), m.group(5) == null ? null : m.group(5).trim()));
    }
    return out;
  }

  private static String blankToNull(String s) {
    String t = s == null ? "" : s.trim();
    return t.isEmpty() ? null : t;
  }

  /** The modes PLOVER allows for {@code type} (never null). */
  public Set<String> modes(PloverType type) {
    return modes.get(type);
  }

  /** ACLED category by its label ("AIR_STRIKE"). */
  public Optional<AcledCategory> acled(String label) {
    return Optional.ofNullable(label == null ? null : acled.get(label));
  }

  /** All ACLED categories in codebook order. */
  public List<AcledCategory> acledCategories() {
    return List.copyOf(acled.values());
  }

  /**
   * The PLOVER coding of a CAMEO code; a code missing from the table falls back to its 3-digit, then 2-digit
   * parent ("1384" -> "138").
   */
  public Optional<CameoCoding> cameo(String code) {
    for (String c = code; c != null && c.length() >= 3; c = c.substring(0, c.length() - 1)) {
      CameoCoding hit = cameo.get(c);
      if (hit != null) {
        return Optional.of(hit);
      }
      if (c.length() == 3 && cameo.containsKey(c.substring(0, 2) + "0")) {
        return Optional.of(cameo.get(c.substring(0, 2) + "0"));
      }
    }
    return Optional.empty();
  }

  /** Number of CAMEO codes in the table. */
  public int cameoSize() {
    return cameo.size();
  }
}
