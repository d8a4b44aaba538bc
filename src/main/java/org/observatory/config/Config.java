package org.observatory.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.observatory.core.ConfigException;

/**
 * Observatory's configuration. Immutable. Read from JSON with {@link #load(Path)}, which rejects unknown keys;
 * absent keys take the defaults of {@link #defaults()}.
 *
 * @param dataDir the shared reference data directory (gazetteer, dictionaries, corpora)
 * @param home where Observatory keeps its own files: the store and the gazetteer index
 * @param timeTagger {@code sutime} or {@code heideltime}
 * @param parse whether to run the dependency parser (events need it)
 * @param maxInputBytes inputs larger than this are refused, in bytes
 */
public record Config(Path dataDir, Path home, String timeTagger, boolean parse, long maxInputBytes) {

  public static final long DEFAULT_MAX_INPUT_BYTES = 10L * 1024 * 1024;

  public Config {
    if (timeTagger == null || !(timeTagger.equals("sutime") || timeTagger.equals("heideltime"))) {
      throw new ConfigException("timeTagger must be 'sutime' or 'heideltime', not '" + timeTagger + "'");
    }
    if (maxInputBytes <= 0) {
      throw new ConfigException("maxInputBytes must be positive, not " + maxInputBytes);
    }
    if (dataDir == null) {
      dataDir = DataPaths.defaultDataDir();
    }
    if (home == null) {
      home = defaultHome();
    }
  }

  /** Defaults: data from {@link DataPaths#defaultDataDir()}, home {@code $OBSERVATORY_HOME} or {@code ./.observatory}. */
  public static Config defaults() {
    return new Config(null, null, "heideltime", true, DEFAULT_MAX_INPUT_BYTES);
  }

  static Path defaultHome() {
    String env = System.getenv("OBSERVATORY_HOME");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(".observatory");
  }

  /** Reads a JSON config file; unknown keys and bad values raise {@link ConfigException}. */
  public static Config load(Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      Draft d = mapper.readValue(Files.readString(file), Draft.class);
      Config base = defaults();
      return new Config(
          d.dataDir == null ? base.dataDir() : Path.of(d.dataDir),
          d.home == null ? base.home() : Path.of(d.home),
          d.timeTagger == null ? base.timeTagger() : d.timeTagger,
          d.parse == null ? base.parse() : d.parse,
          d.maxInputBytes == null ? base.maxInputBytes() : d.maxInputBytes);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(file + ": unknown configuration key '" + e.getPropertyName() + "' (known: "
          + e.getKnownPropertyIds() + ")", e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read configuration: " + e.getMessage(), e);
    }
  }

  public Config withDataDir(Path dir) {
    return new Config(dir, home, timeTagger, parse, maxInputBytes);
  }

  public Config withHome(Path dir) {
    return new Config(dataDir, dir, timeTagger, parse, maxInputBytes);
  }

  public Config withTimeTagger(String tagger) {
    return new Config(dataDir, home, tagger, parse, maxInputBytes);
  }

  /** The default store file. */
  public Path defaultDb() {
    return home.resolve("observatory.db");
  }

  /** Where the gazetteer's Lucene index is built and reused. */
  public Path gazetteerIndex() {
    return home.resolve("gazetteer-index");
  }

  /** Mutable JSON shape, only for reading. */
  static final class Draft {
    public String dataDir;
    public String home;
    public String timeTagger;
    public Boolean parse;
    public Long maxInputBytes;
  }
}
