package org.observatory.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.observatory.config.Config;
import org.observatory.core.ConfigException;
import picocli.CommandLine.Option;

/** Options every command shares: where data, configuration and Observatory's own files are. */
final class CommonOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration file (unknown keys are refused).")
  Path configFile;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Reference data directory (default: $OBSERVATORY_DATA, else ../shared/data).")
  Path dataDir;

  @Option(names = "--home", paramLabel = "DIR",
      description = "Where Observatory keeps its store and indexes (default: $OBSERVATORY_HOME, else .observatory).")
  Path home;

  @Option(names = "--time-tagger", paramLabel = "NAME", description = "Temporal tagger: sutime or heideltime.")
  String timeTagger;

  Config config() {
    Config c = configFile != null ? Config.load(configFile) : Config.defaults();
    if (dataDir != null) {
      c = c.withDataDir(dataDir);
    }
    if (home != null) {
      c = c.withHome(home);
    }
    if (timeTagger != null) {
      c = c.withTimeTagger(timeTagger);
    }
    return c;
  }

  /** Parses an ISO date option; {@code null} stays null. */
  static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(option + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }
}
