package org.observatory.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.observatory.core.BadInputException;

/**
 * Reads OCHA common operational datasets for admin units (HDX {@code *_adminN_attributes.csv}, admin capitals and
 * admin points), with English and Arabic names, P-codes and centre points. Stateless.
 */
public final class OchaLoader {

  private OchaLoader() {}

  /** Admin units of {@code level} (1..3) from an {@code *_admin<level>_attributes.csv} file. */
  public static List<GazetteerEntry> readUnits(Path file, int level) {
    return units(records(file), level);
  }

  static List<GazetteerEntry> units(List<CSVRecord> rows, int level) {
    String p = "adm" + level + "_";
    List<GazetteerEntry> out = new ArrayList<>();
    for (CSVRecord r : rows) {
      String pcode = get(r, p + "pcode");
      List<String> alts = new ArrayList<>();
      for (String col : List.of(p + "name1", p + "name2", p + "name3", p + "ref_n")) {
        addName(alts, get(r, col));
      }
      out.add(new GazetteerEntry("ocha:" + pcode, null, get(r, p + "name"), null, alts,
          number(r, "center_lat"), number(r, "center_lon"), "A", "ADM" + level, get(r, "adm0_pcode"), "",
          level > 1 ? get(r, "adm1_name") : "", level > 2 ? get(r, "adm2_name") : "", 0, "ocha"));
    }
    return out;
  }

  /** Admin capitals: towns that are seats of a unit (level 0 national capital .. 3 sub-district centre). */
  public static List<GazetteerEntry> readCapitals(Path file) {
    return capitals(records(file));
  }

  static List<GazetteerEntry> capitals(List<CSVRecord> rows) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (CSVRecord r : rows) {
      int level = (int) number(r, "adm_p_lvl");
      String unit = level == 0 ? get(r, "adm0_pcode") : get(r, "adm" + level + "_pcode");
      List<String> alts = new ArrayList<>();
      for (String col : List.of("name_1", "name_2", "name_3")) {
        addName(alts, get(r, col));
      }
      String code = switch (level) {
        case 0 -> "PPLC";
        case 1 -> "PPLA";
        case 2 -> "PPLA2";
        default -> "PPLA3";
      };
      out.add(new GazetteerEntry("ocha-capital:" + unit + ":" + get(r, "name"), null, get(r, "name"), null, alts,
          number(r, "lat"), number(r, "lon"), "P", code, get(r, "adm0_pcode"), "", get(r, "adm1_name"),
          get(r, "adm2_name"), 0, "ocha"));
    }
    return out;
  }

  /** Admin points: centre points of units of every level (ids {@code ocha:<pcode>}, as for the units). */
  public static List<GazetteerEntry> readPoints(Path file) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (CSVRecord r : records(file)) {
      int level = (int) number(r, "admin_leve");
      if (level < 1 || level > 3) {
        continue;
      }
      List<String> alts = new ArrayList<>();
      addName(alts, get(r, "name1"));
      out.add(new GazetteerEntry("ocha:" + get(r, "adm" + level + "_pcode"), null, get(r, "name"), null, alts,
          number(r, "lat"), number(r, "lon"), "A", "ADM" + level, get(r, "adm0_pcode"), "",
          level > 1 ? get(r, "adm1_name") : "", level > 2 ? get(r, "adm2_name") : "", 0, "ocha"));
    }
    return out;
  }

  private static void addName(List<String> names, String name) {
    if (!name.isBlank() && !names.contains(name)) {
      names.add(name);
    }
  }

  static List<CSVRecord> records(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<CSVRecord> parse(Reader r) throws IOException {
    CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
    return f.parse(r).getRecords();
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
  }

  private static double number(CSVRecord r, String column) {
    String v = get(r, column);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new BadInputException("OCHA row " + r.getRecordNumber(), "column " + column + " is not a number: '"
          + v + "'", e);
    }
  }
}
