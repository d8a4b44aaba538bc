package org.observatory.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.observatory.core.DataMissingException;

/**
 * Finds the shared reference data. Order: system property {@code observatory.data}, environment variable
 * {@code OBSERVATORY_DATA}, {@code ../shared/data} relative to the working directory when it exists, then
 * {@code ../shared/data} relative to the project root (system property {@code observatory.root}, set by the
 * launcher), so that {@code ./observatory} works from any directory.
 */
public final class DataPaths {

  private DataPaths() {}

  public static Path defaultDataDir() {
    String prop = System.getProperty("observatory.data");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("OBSERVATORY_DATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path besideWorkingDir = Path.of("..", "shared", "data");
    String root = System.getProperty("observatory.root");
    if (Files.isDirectory(besideWorkingDir) || root == null || root.isBlank()) {
      return besideWorkingDir;
    }
    return Path.of(root).resolve(besideWorkingDir).normalize();
  }

  /** {@code dataDir/relative}, or {@link DataMissingException} naming the path and how to supply it. */
  public static Path require(Path dataDir, String relative) {
    Path p = dataDir.resolve(relative);
    if (!Files.exists(p)) {
      throw new DataMissingException("reference data not found: " + p.toAbsolutePath().normalize()
          + " (set --data DIR or OBSERVATORY_DATA; see README 'Data')");
    }
    return p;
  }
}
