package org.observatory.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.observatory.config.Config;
import org.observatory.core.DataMissingException;

/**
 * The in-memory gazetteer: every entry, and maps from {@link NameNormalizer#key} and
 * {@link NameNormalizer#skeleton} of each of their names to the entries. Immutable and thread-safe after
 * construction; open it once per process ({@link #open}) and share it.
 */
public final class Gazetteer {

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> byKey;
  private final Map<String, int[]> bySkeleton;
  private final Map<String, GazetteerEntry> byId;
  private final int maxKeyWords;

  private Gazetteer(List<GazetteerEntry> entries, List<NameKeys> nameKeys) {
    this.entries = List.copyOf(entries);
    Map<String, int[]> keys = new HashMap<>(entries.size() * 4);
    Map<String, int[]> skeletons = new HashMap<>(entries.size() * 4);
    Map<String, GazetteerEntry> ids = new HashMap<>();
    int maxWords = 1;
    for (int i = 0; i < this.entries.size(); i++) {
      GazetteerEntry e = this.entries.get(i);
      ids.putIfAbsent(e.id(), e);
      NameKeys nk = nameKeys.get(i);
      for (String k : nk.keys()) {
        add(keys, k, i);
        maxWords = Math.max(maxWords, 1 + (int) k.chars().filter(c -> c == ' ').count());
      }
      for (String s : nk.skeletons()) {
        add(skeletons, s, i);
      }
    }
    this.byKey = keys;
    this.bySkeleton = skeletons;
    this.byId = Map.copyOf(ids);
    this.maxKeyWords = Math.min(maxWords, 8);
  }

  /** A gazetteer over the given entries (tests, small custom gazetteers). */
  public static Gazetteer of(Collection<GazetteerEntry> entries) {
    List<GazetteerEntry> list = new ArrayList<>(entries);
    return new Gazetteer(list, list.stream().map(NameKeys::of).toList());
  }

  /** Opens the index at {@link Config#gazetteerIndex()}, building it from {@code dataDir/gazetteer} if needed. */
  public static Gazetteer open(Config config) {
    return open(config.dataDir().resolve("gazetteer"), config.gazetteerIndex());
  }

  /**
   * Opens the index at {@code indexDir}. Builds it from {@code sourceDir} first when it is missing or was built by
   * another version or from other files; when {@code sourceDir} is absent an existing index is used as it is.
   *
   * @throws DataMissingException when there is neither an index nor source files
   */
  public static Gazetteer open(Path sourceDir, Path indexDir) {
    Optional<String> marker = GazetteerBuilder.existingMarker(indexDir);
    boolean haveSources = Files.isDirectory(sourceDir);
    if (marker.isEmpty() && !haveSources) {
      throw new DataMissingException("no gazetteer index at " + indexDir.toAbsolutePath().normalize()
          + " and no gazetteer data at " + sourceDir.toAbsolutePath().normalize()
          + " (run ./observatory gazetteer build --from DIR)");
    }
    if (haveSources) {
      String current = GazetteerBuilder.marker(GazetteerSources.find(sourceDir));
      if (marker.isEmpty() || !marker.get().equals(current)) {
        GazetteerBuilder.build(sourceDir, indexDir);
      }
    }
    List<GazetteerEntry> entries = new ArrayList<>();
    List<NameKeys> keys = new ArrayList<>();
    readIndex(indexDir, entries, keys);
    return new Gazetteer(entries, keys);
  }

  static void readIndex(Path indexDir, List<GazetteerEntry> out, List<NameKeys> keys) {
    try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        BinaryDocValues recs = leaf.getBinaryDocValues(EntryCodec.REC);
        Bits live = leaf.getLiveDocs();
        if (recs == null) {
          throw new DataMissingException("gazetteer index " + indexDir + " has no entry records; rebuild it");
        }
        for (int d = recs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = recs.nextDoc()) {
          if (live == null || live.get(d)) {
            EntryCodec.Decoded dec = EntryCodec.decode(recs.binaryValue());
            out.add(dec.entry());
            keys.add(dec.keys());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer index " + indexDir, e);
    }
  }

  /** Entries whose exact key equals the key of {@code name}; empty when none. */
  public List<GazetteerEntry> exact(String name) {
    return resolveIds(byKey.get(NameNormalizer.key(name)));
  }

  /** Entries whose skeleton key equals that of {@code name} (lossy: see {@link NameNormalizer#skeleton}). */
  public List<GazetteerEntry> similar(String name) {
    return resolveIds(bySkeleton.get(NameNormalizer.skeleton(name)));
  }

  /** Entries under the exact key of {@code name}, or, when there are none, under its skeleton. */
  public List<GazetteerEntry> lookup(String name) {
    List<GazetteerEntry> exact = exact(name);
    return exact.isEmpty() ? resolveIds(bySkeleton.get(NameNormalizer.skeleton(name))) : exact;
  }

  /** True when some entry has this exact normalised key (already passed through {@link NameNormalizer#key}). */
  public boolean hasKey(String normalisedKey) {
    return byKey.containsKey(normalisedKey);
  }

  public Optional<GazetteerEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The country entry for an ISO alpha-2 code. */
  public Optional<GazetteerEntry> country(String iso2) {
    return byId("country:" + iso2);
  }

  /** The admin1 entry for a country and GeoNames admin1 code. */
  public Optional<GazetteerEntry> admin1(String iso2, String admin1Code) {
    return byId("admin1:" + iso2 + "." + admin1Code);
  }

  public int size() {
    return entries.size();
  }

  /** Most words in any name key (capped at 8): the longest n-gram worth looking up. */
  public int maxKeyWords() {
    return maxKeyWords;
  }

  private List<GazetteerEntry> resolveIds(int[] ids) {
    if (ids == null) {
      return List.of();
    }
    List<GazetteerEntry> out = new ArrayList<>(ids.length);
    for (int i : ids) {
      out.add(entries.get(i));
    }
    return out;
  }

  private static void add(Map<String, int[]> m, String k, int i) {
    int[] l = m.get(k);
    if (l == null) {
      m.put(k, new int[] {i});
    } else if (l[l.length - 1] != i) {
      int[] n = java.util.Arrays.copyOf(l, l.length + 1);
      n[l.length] = i;
      m.put(k, n);
    }
  }

}
