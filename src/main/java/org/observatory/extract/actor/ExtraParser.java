package org.observatory.extract.actor;

import java.util.List;
import java.util.Map;
import org.observatory.core.DataMissingException;

/** Reads our own {@code actors-extra.tsv} into the name and agent tries (overriding CAMEO). Stateless. */
final class ExtraParser {

  private ExtraParser() {}

  static void load(String tsv, Map<String, String> countryNames, TokenTrie<ActorDictionary.Named> names,
      TokenTrie<AgentEntry> agents) {
    int lineNo = 0;
    for (String line : tsv.split("\r?\n")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 7) {
        throw new DataMissingException(EXTRA(lineNo) + "expected 7 tab-separated columns, got " + c.length);
      }
      String kind = c[0].strip();
      String[] variants = c[1].split("\\|");
      if (kind.equals("agent")) {
        AgentEntry a = new AgentEntry(c[3].strip(), c[5].strip(), "extra");
        for (String v : variants) {
          agents.put(Norm.nameWords(v), a);
        }
        continue;
      }
      DictEntry e = entry(kind, c, countryNames, lineNo);
      for (int i = 0; i < variants.length; i++) {
        names.put(Norm.nameWords(variants[i]), new ActorDictionary.Named(e, i == 0));
      }
    }
  }

  private static DictEntry entry(String kind, String[] c, Map<String, String> countryNames, int lineNo) {
    EntryKind k = switch (kind) {
      case "state" -> EntryKind.STATE;
      case "capital" -> EntryKind.CAPITAL;
      case "person" -> EntryKind.PERSON;
      case "group" -> EntryKind.GROUP;
      case "desc" -> EntryKind.DESCRIPTION;
      default -> throw new DataMissingException(EXTRA(lineNo) + "unknown kind '" + kind + "'");
    };
    String code = dash(c[3]);
    String country = dash(c[4]);
    String canonical = dash(c[2]);
    if (canonical == null) {
      canonical = country != null ? countryNames.getOrDefault(country, country) : c[1].split("\\|")[0].strip();
    }
    List<Role> roles = code == null ? List.of() : List.of(new Role(code, null, null));
    return new DictEntry(canonical, k, roles, dash(c[5]), country, dash(c[6]), "extra");
  }

  private static String dash(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equals("-") ? null : t;
  }

  private static String EXTRA(int line) {
    return ActorDictionary.EXTRA_RESOURCE + ":" + line + ": ";
  }
}
