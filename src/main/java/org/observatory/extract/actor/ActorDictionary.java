package org.observatory.extract.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.observatory.config.DataPaths;
import org.observatory.core.DataMissingException;
import org.observatory.core.Resources;

/**
 * The actor dictionary: the Phoenix/CAMEO actor files (countries, international, non-state armed groups), the
 * Phoenix agents file, and our own {@code actors-extra.tsv} (which overrides them), indexed as word tries for
 * longest-match lookup. Built once per process; immutable and thread-safe after construction.
 */
public final class ActorDictionary {

  /** Directory of the CAMEO dictionaries, relative to the data directory. */
  public static final String CAMEO_DIR = "events/cameo-dictionaries";
  static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
      "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
  static final String AGENTS_FILE = "Phoenix.agents.txt";
  static final String EXTRA_RESOURCE = "actors-extra.tsv";
  static final String LEXICON_RESOURCE = "lexicon.tsv";
  static final String NOT_AGENTS_RESOURCE = "not-agents.txt";
  /** The lexicon list of nouns that are never actors (materiel, buildings), from {@code not-agents.txt}. */
  static final String NOT_AGENT = "notagent";

  /** A name's target: the entry, and whether the name is its primary name. */
  record Named(DictEntry entry, boolean primary) {}

  private final TokenTrie<Named> names;
  private final TokenTrie<AgentEntry> agents;
  private final Map<String, String> countryNames;
  private final Lexicon lexicon;
  private final Map<List<String>, List<DatedRole>> rolesByName;

  private ActorDictionary(TokenTrie<Named> names, TokenTrie<AgentEntry> agents, Map<String, String> countryNames,
      Lexicon lexicon, Map<List<String>, List<DatedRole>> rolesByName) {
    this.names = names;
    this.rolesByName = rolesByName;
    this.agents = agents;
    this.countryNames = countryNames;
    this.lexicon = lexicon;
  }

  /**
   * Loads the dictionaries from {@code dataDir/events/cameo-dictionaries}, country names from
   * {@code dataDir/gazetteer/countryInfo.txt} when present (else the JDK's English names), and our bundled
   * {@code actors-extra.tsv}.
   *
   * @throws DataMissingException when the CAMEO directory or one of its files is absent
   */
  public static ActorDictionary load(Path dataDir) {
    Path dir = DataPaths.require(dataDir, CAMEO_DIR);
    StringBuilder actors = new StringBuilder();
    for (String f : ACTOR_FILES) {
      actors.append(read(DataPaths.require(dir, f))).append('\n');
    }
    String agents = read(DataPaths.require(dir, AGENTS_FILE));
    Path countryInfo = dataDir.resolve("gazetteer").resolve("countryInfo.txt");
    Map<String, String> names = Files.exists(countryInfo) ? countryNames(read(countryInfo)) : Map.of();
    return of(actors.toString(), agents, resource(EXTRA_RESOURCE), names);
  }

  /**
   * Builds a dictionary from texts: CAMEO actor-file text, agents-file text, and extra TSV text (our format; see
   * {@code docs/actors.md}). {@code countryNames} maps ISO alpha-3 to display names; missing ones fall back to the
   * JDK's English names. For tests and tools.
   */
  public static ActorDictionary of(String cameoActors, String cameoAgents, String extraTsv,
      Map<String, String> countryNames) {
    Map<String, String> cn = new HashMap<>(jdkCountryNames());
    cn.putAll(countryNames);
    TokenTrie<Named> names = new TokenTrie<>();
    Map<List<String>, List<DatedRole>> roles = new HashMap<>();
    for (CameoParser.Parsed p : CameoParser.actors(cameoActors)) {
      DictEntry e = fromCameo(p, cn);
      List<DatedRole> dated = p.roles().stream().map(r -> new DatedRole(r.code(), r.from(), r.to())).toList();
      for (int i = 0; i < p.names().size(); i++) {
        List<String> words = Norm.nameWords(p.names().get(i));
        names.putIfAbsent(words, new Named(e, i == 0));
        roles.computeIfAbsent(words, k -> new java.util.ArrayList<>()).addAll(dated);
      }
    }
    TokenTrie<AgentEntry> agents = new TokenTrie<>();
    for (CameoParser.ParsedAgent a : CameoParser.agents(cameoAgents)) {
      String sector = CameoCodes.sector(a.code());
      if (sector != null) {
        agents.putIfAbsent(Norm.nameWords(a.name()), new AgentEntry(a.code(), sector, "cameo"));
      }
    }
    ExtraParser.load(extraTsv, cn, names, agents);
    roles.replaceAll((k, v) -> List.copyOf(v));
    return new ActorDictionary(names, agents, Map.copyOf(cn), Lexicon.parse(resource(LEXICON_RESOURCE))
        .with(NOT_AGENT, resource(NOT_AGENTS_RESOURCE)),
        Map.copyOf(roles));
  }

  private static DictEntry fromCameo(CameoParser.Parsed p, Map<String, String> cn) {
    String first = p.roles().get(0).code();
    String primary = p.names().get(0);
    if (CameoCodes.isBareCountry(first) && (p.roles().size() == 1 || onlyCountryRoles(p.roles()))) {
      return new DictEntry(cn.getOrDefault(first, Norm.titleCase(primary)), EntryKind.STATE, p.roles(), null, null,
          null, "cameo");
    }
    if (p.person()) {
      return new DictEntry(Norm.titleCase(primary), EntryKind.PERSON, p.roles(), null, null, null, "cameo");
    }
    String sector = CameoCodes.sector(first);
    String country = CameoCodes.country(first);
    boolean stateOrgan = country != null
        && ("government".equals(sector) || "military".equals(sector) || "police".equals(sector));
    String canonical = stateOrgan ? cn.getOrDefault(country, country) : Norm.titleCase(primary);
    return new DictEntry(canonical, EntryKind.GROUP, p.roles(), null, null, null, "cameo");
  }

  /**
   * True when every role is the same country without a sector ("IRAQ_": {@code [IRQ <20030320]},
   * {@code [IRQOCC 20030320-20060520]}, {@code [IRQ >20060520]}): the state itself over periods.
   */
  private static boolean onlyCountryRoles(List<Role> roles) {
    String country = CameoCodes.country(roles.get(0).code());
    return roles.stream().allMatch(r -> country.equals(CameoCodes.country(r.code()))
        && CameoCodes.sector(r.code()) == null);
  }

  /** The longest name matching the word forms from {@code from}, if any. */
  Optional<TokenTrie.Match<Named>> name(List<List<String>> forms, int from) {
    return Optional.ofNullable(names.longest(forms, from));
  }

  /** The longest agent noun matching from {@code from}, if any. */
  Optional<TokenTrie.Match<AgentEntry>> agent(List<List<String>> forms, int from) {
    return Optional.ofNullable(agents.longest(forms, from));
  }

  /** The entry a name maps to exactly (normalised like the dictionary), if any. */
  public Optional<String> canonicalOf(String name) {
    Named n = names.get(Norm.nameWords(name));
    return Optional.ofNullable(n).map(x -> x.entry().canonical());
  }

  /**
   * The CAMEO code the actor named {@code name} holds on {@code date} (null date: its current role), if the name
   * is known: e.g. {@code "Erdogan"} on 2020-02-02 gives {@code TURGOV}.
   */
  public Optional<String> codeOf(String name, java.time.LocalDate date) {
    Named n = names.get(Norm.nameWords(name));
    return Optional.ofNullable(n).map(x -> x.entry().codeOn(date));
  }

  /**
   * Every CAMEO role, dated or not, of every actor-file entry that has {@code name} as one of its names (normalised
   * like the dictionary: case, diacritics and underscores do not matter). A name several entries share ("President
   * Bush") gives the roles of all of them, in file order. Empty when no entry has that name; entries of our own
   * {@code actors-extra.tsv} are not included (they carry no periods). Used to date a document by the offices its
   * persons hold ("President Clinton": 1993-01-20 to 2001-01-20).
   */
  public List<DatedRole> rolesOf(String name) {
    return rolesByName.getOrDefault(Norm.nameWords(name), List.of());
  }

  /** Display name of an ISO alpha-3 country ("TUR" gives "Turkey"), else the code itself. */
  public String countryName(String iso3) {
    return countryNames.getOrDefault(iso3, iso3);
  }

  /** Number of names and agent nouns indexed. */
  public int size() {
    return names.size() + agents.size();
  }

  Lexicon lexicon() {
    return lexicon;
  }

  static Map<String, String> countryNames(String countryInfo) {
    Map<String, String> out = new HashMap<>();
    for (String line : countryInfo.split("\r?\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length > 4 && c[1].length() == 3) {
        out.put(c[1], c[4]);
      }
    }
    return out;
  }

  private static Map<String, String> jdkCountryNames() {
    Map<String, String> out = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      out.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataMissingException("cannot read actor dictionary " + p + ": " + e.getMessage(), e);
    }
  }

  static String resource(String name) {
    return Resources.text(ActorDictionary.class, name);
  }
}
