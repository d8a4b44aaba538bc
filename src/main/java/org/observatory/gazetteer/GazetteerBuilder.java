package org.observatory.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the on-disk gazetteer index: a Lucene index with one document per {@link GazetteerEntry} and a version
 * marker file. Building replaces any index in the target directory. Not for concurrent use on one directory.
 */
public final class GazetteerBuilder {

  /** Bump when the index layout or the assembly rules change. */
  public static final String FORMAT = "gaz-5";
  static final String MARKER = "observatory-gazetteer.version";

  private GazetteerBuilder() {}

  /**
   * Summary of a build.
   *
   * @param entries number of entries written
   * @param indexDir where
   * @param millis build time in milliseconds
   */
  public record BuildReport(int entries, Path indexDir, long millis) {
    public String render() {
      return "gazetteer index: " + entries + " entries in " + indexDir + " (" + millis + " ms). "
          + "Place data: GeoNames (CC BY 4.0), OCHA COD-AB, country-state-city.";
    }
  }

  /** Builds the index at {@code indexDir} from the files in {@code from}. */
  public static BuildReport build(Path from, Path indexDir) {
    long t0 = System.currentTimeMillis();
    GazetteerSources sources = GazetteerSources.find(from);
    List<GazetteerEntry> entries = GazetteerAssembler.assemble(sources);
    write(entries, indexDir, marker(sources));
    return new BuildReport(entries.size(), indexDir, System.currentTimeMillis() - t0);
  }

  /** Writes {@code entries} as a fresh index with the given marker text. */
  public static void write(List<GazetteerEntry> entries, Path indexDir, String marker) {
    try {
      Files.createDirectories(indexDir);
      Files.deleteIfExists(indexDir.resolve(MARKER));
      IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter w = new IndexWriter(dir, cfg)) {
        for (GazetteerEntry e : entries) {
          w.addDocument(EntryCodec.encode(e));
        }
        w.forceMerge(1);
      }
      Files.writeString(indexDir.resolve(MARKER), marker, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write gazetteer index " + indexDir, e);
    }
  }

  /** The marker a current index built from {@code sources} carries. */
  static String marker(GazetteerSources sources) {
    return FORMAT + " " + NameNormalizer.VERSION + " " + sources.fingerprint();
  }

  /** The marker of the index at {@code indexDir}, if there is one. */
  static Optional<String> existingMarker(Path indexDir) {
    Path m = indexDir.resolve(MARKER);
    try (Stream<String> lines = Files.exists(m) ? Files.lines(m) : Stream.empty()) {
      return lines.findFirst().map(String::strip);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + m, e);
    }
  }
}
