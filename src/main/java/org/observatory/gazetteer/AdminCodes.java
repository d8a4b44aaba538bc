package org.observatory.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Readers for GeoNames admin1CodesASCII.txt and admin2 code tables (TSV admin2Codes.txt or JSON). Stateless. */
public final class AdminCodes {

  private AdminCodes() {}

  /**
   * One admin1 row.
   *
   * @param code {@code CC.code}
   * @param name name
   * @param asciiName ASCII name
   * @param geonamesId GeoNames id, null when absent
   */
  public record Admin1(String code, String name, String asciiName, Long geonamesId) {
    public String country() {
      return code.substring(0, code.indexOf('.'));
    }

    public String localCode() {
      return code.substring(code.indexOf('.') + 1);
    }
  }

  /** Parses admin1CodesASCII.txt content. */
  public static List<Admin1> parseAdmin1(String content) {
    List<Admin1> out = new ArrayList<>();
    for (String line : content.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !f[0].contains(".")) {
        continue;
      }
      Long id = f.length > 3 && !f[3].isBlank() ? Long.valueOf(f[3].trim()) : null;
      out.add(new Admin1(f[0], f[1], f[2], id));
    }
    return out;
  }

  public static List<Admin1> readAdmin1(Path file) {
    return parseAdmin1(read(file));
  }

  /** {@code CC.a1.a2} to name, from a JSON array of {code,name} or from GeoNames' admin2Codes.txt TSV. */
  public static Map<String, String> parseAdmin2(String content) {
    Map<String, String> out = new LinkedHashMap<>();
    String trimmed = content.stripLeading();
    if (trimmed.startsWith("[")) {
      try {
        for (JsonNode n : new ObjectMapper().readTree(trimmed)) {
          out.put(n.path("code").asText(), n.path("name").asText());
        }
      } catch (IOException e) {
        throw new org.observatory.core.BadInputException("admin2 table", "not valid JSON: " + e.getMessage(), e);
      }
      return out;
    }
    for (String line : content.split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length >= 2 && f[0].chars().filter(c -> c == '.').count() == 2) {
        out.put(f[0], f[1]);
      }
    }
    return out;
  }

  public static Map<String, String> readAdmin2(Path file) {
    return parseAdmin2(read(file));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
