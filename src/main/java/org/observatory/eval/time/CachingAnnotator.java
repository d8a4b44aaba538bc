package org.observatory.eval.time;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * reference date, so repeated evaluation runs skip CoreNLP. For evaluation only: the cache is never invalidated
 * (delete the directory after changing the annotator). Thread-safe as far as the file system is.
 */
public final class CachingAnnotator implements Annotator {

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
  public CachingAnnotator(Supplier<Annotator> delegate, String description, Path dir) {
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
      mapper.writeValue(file.toFile(), a);
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
