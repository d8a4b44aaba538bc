package org.observatory.extract.actor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses PETRARCH/TABARI dictionaries: actor files (a primary name, {@code +synonyms}, and code lines such as
 * {@code [TURGOV 021118-030314]}; consecutive names without codes share the next code block) and the agents file
 * ({@code SOLDIER [~MIL]}, substitution sets {@code !PERSON! = MAN, WOMAN}, plural variants in braces). Stateless.
 */
final class CameoParser {

  private CameoParser() {}

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A parsed actor: all its names (primary first), its roles, and whether the file marks it as a person. */
  record Parsed(List<String> names, List<Role> roles, boolean person) {}

  /** A parsed agent name and its code without the tilde. */
  record ParsedAgent(String name, String code) {}

  static List<Parsed> actors(String text) {
    List<Parsed> out = new ArrayList<>();
    List<Builder> group = new ArrayList<>();
    boolean groupHasRoles = false;
    for (String raw : text.split("\r?\n")) {
      String comment = raw.contains("#") ? raw.substring(raw.indexOf('#')) : "";
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      if (line.isBlank()) {
        continue;
      }
      String trimmed = line.strip();
      if (trimmed.startsWith("[")) {
        List<Role> roles = roles(trimmed);
        group.forEach(b -> b.roles.addAll(roles));
        groupHasRoles = groupHasRoles || !roles.isEmpty();
      } else if (trimmed.startsWith("+")) {
        if (!group.isEmpty()) {
          group.get(group.size() - 1).names.add(namePart(trimmed.substring(1)));
        }
      } else {
        if (groupHasRoles) {
          flush(group, out);
          groupHasRoles = false;
        }
        Builder b = new Builder(comment.contains("CountryInfo") || comment.contains("rulers"));
        b.names.add(namePart(trimmed));
        List<Role> inline = roles(trimmed);
        b.roles.addAll(inline);
        if (!inline.isEmpty()) {
          flush(group, out);
          group.add(b);
          groupHasRoles = true;
        } else {
          group.add(b);
        }
      }
    }
    flush(group, out);
    return out;
  }

  private static void flush(List<Builder> group, List<Parsed> out) {
    for (Builder b : group) {
      List<String> names = b.names.stream().filter(n -> !n.isBlank()).toList();
      if (!b.roles.isEmpty() && !names.isEmpty()) {
        out.add(new Parsed(names, List.copyOf(b.roles), b.person));
      }
    }
    group.clear();
  }

  private static String namePart(String s) {
    int bracket = s.indexOf('[');
    return (bracket < 0 ? s : s.substring(0, bracket)).strip();
  }

  static List<Role> roles(String line) {
    List<Role> out = new ArrayList<>();
    if (line.indexOf('[') < 0) {
      return out;
    }
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      String[] parts = SPACES.split(m.group(1).strip(), 2);
      String code = parts[0].replace("~", "");
      if (code.isEmpty() || code.startsWith("-")) {
        continue;
      }
      out.add(parts.length < 2 ? new Role(code, null, null) : dated(code, parts[1].replace(" ", "")));
    }
    return out;
  }

  private static Role dated(String code, String spec) {
    if (spec.startsWith(">")) {
      return new Role(code, date(spec.substring(1)), null);
    }
    if (spec.startsWith("<")) {
      return new Role(code, null, date(spec.substring(1)));
    }
    int dash = spec.indexOf('-');
    if (dash > 0) {
      return new Role(code, date(spec.substring(0, dash)), date(spec.substring(dash + 1)));
    }
    return new Role(code, null, null);
  }

  /** {@code YYMMDD} (years up to 30 are 20YY) or {@code YYYYMMDD}; null when unreadable. */
  static LocalDate date(String s) {
    try {
      if (s.length() == 6 && allDigits(s)) {
        int yy = Integer.parseInt(s.substring(0, 2));
        int year = yy <= 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
      }
      if (s.length() == 8 && allDigits(s)) {
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static List<ParsedAgent> agents(String text) {
    java.util.Map<String, List<String>> sets = new java.util.HashMap<>();
    List<ParsedAgent> out = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("!") && line.contains("=")) {
        int eq = line.indexOf('=');
        sets.put(line.substring(0, eq).strip(), List.of(line.substring(eq + 1).strip().split("\\s*,\\s*")));
        continue;
      }
      List<Role> codes = roles(line);
      if (codes.isEmpty()) {
        continue;
      }
      String name = namePart(line);
      List<String> forms = new ArrayList<>();
      forms.add(name.replaceAll("\\{[^}]*}", "").strip());
      Matcher alt = Pattern.compile("\\{([^}]*)}").matcher(name);
      while (alt.find()) {
        for (String a : alt.group(1).split(",")) {
          if (!a.isBlank()) {
            forms.add(a.strip());
          }
        }
      }
      for (String f : forms) {
        for (String expanded : expand(f, sets)) {
          out.add(new ParsedAgent(expanded, codes.get(0).code()));
        }
      }
    }
    return out;
  }

  private static List<String> expand(String name, java.util.Map<String, List<String>> sets) {
    for (var e : sets.entrySet()) {
      if (name.contains(e.getKey())) {
        List<String> out = new ArrayList<>();
        for (String v : e.getValue()) {
          out.addAll(expand(name.replace(e.getKey(), "_" + v + "_"), sets));
        }
        return out;
      }
    }
    return List.of(name);
  }

  private static final class Builder {
    final List<String> names = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final boolean person;

    Builder(boolean person) {
      this.person = person;
    }
  }
}
