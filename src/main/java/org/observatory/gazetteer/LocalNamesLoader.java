package org.observatory.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.observatory.core.BadInputException;

/**
 * Reads a user CSV of local names: header {@code name,lat,lon,country,featureCode,alternateNames,admin1}
 * (alternateNames separated by {@code |}; the last three columns optional; featureCode defaults to PPL).
 * Stateless.
 */
public final class LocalNamesLoader {

  private LocalNamesLoader() {}

  public static List<GazetteerEntry> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static List<GazetteerEntry> parse(Reader reader) throws IOException {
    List<GazetteerEntry> out = new ArrayList<>();
    for (CSVRecord r : OchaLoader.parse(reader)) {
      String name = col(r, "name");
      if (name.isEmpty()) {
        throw new BadInputException("local names row " + r.getRecordNumber(), "empty name");
      }
      String code = col(r, "featureCode").isEmpty() ? "PPL" : col(r, "featureCode");
      List<String> alts = new ArrayList<>();
      for (String a : col(r, "alternateNames").split("\\|")) {
        if (!a.isBlank()) {
          alts.add(a.strip());
        }
      }
      try {
        out.add(new GazetteerEntry("local:" + r.getRecordNumber(), null, name, null, alts,
            Double.parseDouble(col(r, "lat")), Double.parseDouble(col(r, "lon")), featureClass(code),
            code, col(r, "country"), "", col(r, "admin1"), "", 0, "local"));
      } catch (NumberFormatException e) {
        throw new BadInputException("local names row " + r.getRecordNumber(), "bad lat/lon", e);
      }
    }
    return out;
  }

  static String featureClass(String code) {
    if (code.startsWith("PPL")) {
      return "P";
    }
    if (code.startsWith("ADM") || code.startsWith("PCL")) {
      return "A";
    }
    return "S";
  }

  private static String col(CSVRecord r, String c) {
    return r.isMapped(c) && r.isSet(c) ? r.get(c).strip() : "";
  }
}
