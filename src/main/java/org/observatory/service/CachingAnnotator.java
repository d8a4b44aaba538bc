package org.observatory.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.observatory.core.Lazy;
import org.observatory.core.StoreException;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;

/**
 * An {@link Annotator} that keeps each annotation as JSON in a directory, keyed by a hash of the text and the
 * reference date and the delegate's description, so repeated evaluation runs skip CoreNLP. For evaluation only
 * (built by {@link Annotators}): entries are never invalidated, the description is part of the key. Each entry is
 * written to a temporary file and moved into place, so processes sharing a cache never read half an entry.
 * Thread-safe.
 */
final class CachingAnnotator implements Annotator {

  private final Supplier<Annotator> delegate;
  private final String description;
  private final Path dir;
  private final ObjectMapper mapper =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * @param delegate builds the annotator on the first miss (so a warm cache never loads CoreNLP)
   * @param description the delegate's {@link Annotator#describe()}, part of the cache key
   * @param dir cache directory, created when absent
   */
  CachingAnnotator(Supplier<Annotator> delegate, String description, Path dir) {
    this.delegate = new Lazy<>(delegate);
    this.description = description;
    this.dir = dir;
  }

  @Override
  public Annotation annotate(AnnotationRequest request) {
    Path file = dir.resolve(key(request) + ".json");
    try {
      if (Files.exists(file)) {
        return mapper.readValue(file.toFile(), Annotation.class);
      }
      Annotation a = delegate.get().annotate(request);
      Files.createDirectories(dir);
      Path part = Files.createTempFile(dir, "entry", ".part");
      try {
        mapper.writeValue(part.toFile(), a);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(part);
      }
      return a;
    } catch (IOException e) {
      throw new StoreException("annotation cache " + file + ": " + e.getMessage(), e);
    }
  }

  private String key(AnnotationRequest r) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(description.getBytes(StandardCharsets.UTF_8));
      md.update(String.valueOf(r.referenceDate()).getBytes(StandardCharsets.UTF_8));
      md.update(r.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  @Override
  public String describe() {
    return description;
  }
}
