package org.observatory.eval.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.observatory.document.DocumentIds;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;

/**
 * An {@link Annotator} that keeps each annotation as JSON in a directory, keyed by a hash of the text and
 * reference date, so that repeated evaluation runs parse each text once. The wrapped annotator is created only
 * when a text is not cached. Not for production use; thread-safe as far as the file system is.
 */
public final class CachedAnnotator implements Annotator {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;
  private final Supplier<Annotator> delegate;
  private Annotator loaded;

  public CachedAnnotator(Path dir, Supplier<Annotator> delegate) {
    this.dir = dir;
    this.delegate = delegate;
  }

  @Override
  public Annotation annotate(AnnotationRequest request) {
    Path file = dir.resolve(DocumentIds.of(request.text() + "|" + request.referenceDate()) + ".json");
    try {
      if (Files.exists(file)) {
        return JSON.readValue(file.toFile(), Annotation.class);
      }
      Annotation a = annotator().annotate(request);
      Files.createDirectories(dir);
      JSON.writeValue(file.toFile(), a);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String describe() {
    return "cached(" + dir + ")";
  }

  private synchronized Annotator annotator() {
    if (loaded == null) {
      loaded = delegate.get();
    }
    return loaded;
  }
}
