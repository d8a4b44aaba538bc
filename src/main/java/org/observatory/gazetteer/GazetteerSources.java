package org.observatory.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.observatory.core.DataMissingException;

/**
 * The source files found in a gazetteer directory, by their usual GeoNames / OCHA / country-state-city names.
 * Immutable.
 *
 * @param dir the directory
 * @param dumps GeoNames dump files: allCountries.txt, citiesN.txt, per-country XX.txt
 * @param admin1 admin1CodesASCII.txt, if present
 * @param admin2 admin2Codes.txt or admin2.json, if present
 * @param countryInfo countryInfo.txt, if present
 * @param cscCountries country-state-city/country.json, if present
 * @param cscStates country-state-city/state.json, if present
 * @param ochaUnits OCHA {@code *_adminN_attributes.csv} files (any country folder)
 * @param ochaCapitals OCHA {@code *_admincapitals.csv}
 * @param ochaPoints OCHA {@code *_adminpoints.csv}
 * @param localNames user CSVs named {@code local*.csv} in the directory
 * @param alternateNames GeoNames alternate-name tables: {@code alternateNamesV2.txt} (else
 *     {@code alternateNames.txt}) and the per-country {@code XX.txt} files of an {@code alternatenames/} folder
 */
public record GazetteerSources(Path dir, List<Path> dumps, Optional<Path> admin1, Optional<Path> admin2,
    Optional<Path> countryInfo, Optional<Path> cscCountries, Optional<Path> cscStates, List<Path> ochaUnits,
    List<Path> ochaCapitals, List<Path> ochaPoints, List<Path> localNames, List<Path> alternateNames) {

  private static final Pattern DUMP = Pattern.compile("allCountries\\.txt|cities\\d+\\.txt|[A-Z]{2}\\.txt");
  static final Pattern OCHA_UNITS = Pattern.compile(".*_admin(\\d)_attributes\\.csv");

  /** Finds the files under {@code dir}; {@link DataMissingException} when it holds no GeoNames dump at all. */
  public static GazetteerSources find(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DataMissingException("gazetteer directory not found: " + dir.toAbsolutePath().normalize()
          + " (use --from DIR or OBSERVATORY_DATA; see docs/places.md for downloading GeoNames dumps)");
    }
    List<Path> all = list(dir);
    List<Path> alternates = alternateNameTables(all);
    List<Path> dumps = matching(all, DUMP).stream().filter(p -> !alternates.contains(p)).toList();
    if (dumps.isEmpty()) {
      throw new DataMissingException("no GeoNames dump (allCountries.txt, citiesN.txt or XX.txt) in "
          + dir.toAbsolutePath().normalize());
    }
    return new GazetteerSources(dir, dumps, first(all, "admin1CodesASCII.txt"),
        first(all, "admin2Codes.txt").or(() -> first(all, "admin2.json")), first(all, "countryInfo.txt"),
        first(all, "country.json"), first(all, "state.json"), matching(all, OCHA_UNITS),
        matching(all, Pattern.compile(".*_admincapitals\\.csv")), matching(all, Pattern.compile(".*_adminpoints\\.csv")),
        matching(all, Pattern.compile("local.*\\.csv")), alternates);
  }

  /** alternateNamesV2.txt, else alternateNames.txt, plus XX.txt files inside a folder named alternatenames. */
  static List<Path> alternateNameTables(List<Path> all) {
    List<Path> out = new ArrayList<>();
    first(all, "alternateNamesV2.txt").or(() -> first(all, "alternateNames.txt")).ifPresent(out::add);
    for (Path p : all) {
      Path parent = p.getParent();
      if (parent != null && parent.getFileName() != null
          && parent.getFileName().toString().equalsIgnoreCase("alternatenames")
          && p.getFileName().toString().matches("[A-Z]{2}\\.txt")) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** Every file, for the fingerprint. */
  public List<Path> all() {
    List<Path> out = new ArrayList<>(dumps);
    Stream.of(admin1, admin2, countryInfo, cscCountries, cscStates).flatMap(Optional::stream).forEach(out::add);
    out.addAll(ochaUnits);
    out.addAll(ochaCapitals);
    out.addAll(ochaPoints);
    out.addAll(localNames);
    out.addAll(alternateNames);
    return out;
  }

  /** Names and sizes of the source files: changes when a file is added, removed or replaced by another size. */
  public String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (Path p : all()) {
      try {
        b.append(p.getFileName()).append(':').append(Files.size(p)).append(';');
      } catch (IOException e) {
        throw new UncheckedIOException("cannot stat " + p, e);
      }
    }
    return Integer.toHexString(b.toString().hashCode());
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.walk(dir, 3)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static List<Path> matching(List<Path> all, Pattern p) {
    return all.stream().filter(f -> p.matcher(f.getFileName().toString()).matches()).toList();
  }

  private static Optional<Path> first(List<Path> all, String name) {
    return all.stream().filter(f -> f.getFileName().toString().equals(name)).findFirst();
  }
}
