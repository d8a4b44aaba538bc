package org.observatory.extract.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Resources;
import org.observatory.core.DataMissingException;

/** Reads tab-separated resource and data files: one row per non-blank line not starting with '#'. */
final class Tsv {

  private Tsv() {}

  /** Rows of the class-path resource {@code name} next to this class. */
  static List<String[]> resource(String name) {
    return rows(Resources.lines(Tsv.class, name));
  }

  /** All lines of a data file; {@link DataMissingException} when absent. */
  static List<String> lines(Path file) {
    if (!Files.exists(file)) {
      throw new DataMissingException("reference data not found: " + file.toAbsolutePath().normalize()
          + " (set OBSERVATORY_DATA; see README 'Data')");
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String[]> rows(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].trim();
      }
      out.add(cells);
    }
    return out;
  }

  /** {@code null} for the placeholders '-' and '' . */
  static String opt(String cell) {
    return cell == null || cell.isEmpty() || cell.equals("-") ? null : cell;
  }
}
