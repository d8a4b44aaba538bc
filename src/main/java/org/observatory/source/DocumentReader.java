package org.observatory.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.observatory.config.Config;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;

/**
 * Reads the inputs a user names (files, directories, {@code -} for standard input) into documents. Every problem
 * with an input becomes a {@link ReadResult.Failure} whose {@link BadInputException} names the input in one line;
 * the other inputs still go through. Immutable and thread-safe, except that standard input can be read only once.
 *
 * <p>Per file: missing paths, unreadable files, files larger than {@link Config#maxInputBytes()} (refused from
 * their size, unread), empty or white-space-only files, binary files and invalid UTF-8 (with the byte offset) are
 * refused; a UTF-8 byte-order mark is dropped; the format is then {@link InputFormat#AUTO detected} unless given.
 * Directories expand to their regular, non-hidden files, recursively, sorted by path.
 */
public final class DocumentReader {

  /** The name standing for standard input. */
  public static final String STDIN = "-";

  private final Supplier<InputStream> stdin;

  /** A reader whose {@code -} is {@link System#in}. */
  public DocumentReader() {
    this(() -> System.in);
  }

  /** A reader whose {@code -} reads {@code stdin} (for tests and services). */
  public DocumentReader(Supplier<InputStream> stdin) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * Reads one input argument.
   *
   * @param inputArg a file, a directory or {@code -}
   * @param format the format, or {@link InputFormat#AUTO} to decide per file
   * @param config supplies {@link Config#maxInputBytes()}
   * @return one result per document or failure, in order (a JSON Lines file gives one per line); never empty
   */
  public List<ReadResult> read(String inputArg, InputFormat format, Config config) {
    if (STDIN.equals(inputArg)) {
      return guarded(inputArg, () -> {
        String content = InputBytes.readStream(stdin.get(), inputArg, config.maxInputBytes());
        return parse(content, inputArg, FormatDetector.detect(format, "", content));
      });
    }
    Path path = Path.of(inputArg);
    if (Files.isDirectory(path)) {
      return readDirectory(path, inputArg, format, config);
    }
    return readFile(path, inputArg, format, config);
  }

  /** Reads every input argument in order; see {@link #read(String, InputFormat, Config)}. */
  public List<ReadResult> readAll(List<String> inputArgs, InputFormat format, Config config) {
    List<ReadResult> all = new ArrayList<>();
    for (String arg : inputArgs) {
      all.addAll(read(arg, format, config));
    }
    return all;
  }

  private List<ReadResult> readFile(Path path, String name, InputFormat format, Config config) {
    return guarded(name, () -> {
      if (!Files.exists(path)) {
        throw new BadInputException(name, "no such file or directory");
      }
      if (!Files.isRegularFile(path)) {
        throw new BadInputException(name, "not a regular file");
      }
      if (!Files.isReadable(path)) {
        throw new BadInputException(name, "cannot read: permission denied");
      }
      String content = InputBytes.readFile(path, name, config.maxInputBytes());
      return parse(content, name, FormatDetector.detect(format, name, content));
    });
  }

  private List<ReadResult> readDirectory(Path dir, String name, InputFormat format, Config config) {
    List<Path> files = filesUnder(dir, name);
    if (files.isEmpty()) {
      return List.of(new ReadResult.Failure(new BadInputException(name, "directory has no readable files")));
    }
    List<ReadResult> results = new ArrayList<>();
    for (Path f : files) {
      results.addAll(readFile(f, f.toString(), format, config));
    }
    return results;
  }

  private static List<Path> filesUnder(Path dir, String name) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(Files::isReadable)
          .filter(p -> !isHidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static List<ReadResult> parse(String content, String name, InputFormat format) {
    return switch (format) {
      case JSONL -> JsonLinesDocuments.parse(content, name);
      case HTML -> List.of(success(HtmlDocuments.parse(content, name)));
      case TEXT, AUTO -> List.of(success(TextDocuments.parse(content, name)));
    };
  }

  private static ReadResult success(Document d) {
    return new ReadResult.Success(d);
  }

  private static List<ReadResult> guarded(String name, Supplier<List<ReadResult>> work) {
    try {
      List<ReadResult> results = work.get();
      return results.isEmpty()
          ? List.of(new ReadResult.Failure(new BadInputException(name, "no documents (only blank lines)")))
          : results;
    } catch (BadInputException e) {
      return List.of(new ReadResult.Failure(e));
    }
  }
}
