package org.observatory.source;

import java.util.Objects;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;

/**
 * The outcome of reading one item of an input (a file, a directory entry, a JSON Lines line): either a document or
 * the error that names the item. A batch yields one result per item, in input order, and goes on past failures.
 */
public sealed interface ReadResult permits ReadResult.Success, ReadResult.Failure {

  /** The item read: a path, {@code -} for standard input, or {@code path:line} for JSON Lines. */
  String origin();

  /** A document read successfully. */
  record Success(Document document) implements ReadResult {
    public Success {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String origin() {
      return document.origin();
    }
  }

  /** An item that could not be read; {@code error.getMessage()} is the one line to show the user. */
  record Failure(BadInputException error) implements ReadResult {
    public Failure {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public String origin() {
      return error.input();
    }
  }
}
