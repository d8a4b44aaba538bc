package org.observatory.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.observatory.config.DataPaths;

/** Locates {@code ../shared} for tests; a test that needs it is skipped, loudly, when it is absent. */
public final class SharedData {

  private SharedData() {}

  public static Path dataDir() {
    return DataPaths.defaultDataDir();
  }

  public static Path seed() {
    return dataDir().resolveSibling("seed").resolve("madaresharghi-idlib-convoy.txt");
  }

  /** {@code dataDir/relative}, or skips the calling test with a message naming what is missing. */
  public static Path require(String relative) {
    Path p = dataDir().resolve(relative);
    boolean present = Files.exists(p);
    if (!present) {
      System.err.println("SKIPPED: shared data missing: " + p.toAbsolutePath().normalize());
    }
    assumeTrue(present, "shared data missing: " + p.toAbsolutePath().normalize()
        + " (put ../shared beside the project or set OBSERVATORY_DATA)");
    return p;
  }

  public static Path requireSeed() {
    Path p = seed();
    boolean present = Files.exists(p);
    if (!present) {
      System.err.println("SKIPPED: seed missing: " + p.toAbsolutePath().normalize());
    }
    assumeTrue(present, "seed document missing: " + p.toAbsolutePath().normalize());
    return p;
  }
}
