package org.observatory.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Data files shipped inside the jar beside the classes that read them (lexicons, rule tables). A missing resource
 * is a packaging defect, reported as {@link IllegalStateException}. Stateless and thread-safe.
 */
public final class Resources {

  private Resources() {}

  /** The UTF-8 text of {@code name}, resolved relative to {@code anchor}'s package. */
  public static String text(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + anchor.getPackageName().replace('.', '/')
            + "/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name, e);
    }
  }

  /**
   * The lines of {@code name} that are neither blank nor comments ({@code #} first), as they stand (not stripped:
   * a tab-separated row keeps its empty trailing fields).
   */
  public static List<String> lines(Class<?> anchor, String name) {
    return text(anchor, name).lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).toList();
  }
}
