package org.observatory.extract.time;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.NormalizationManager;
import de.unihd.dbs.uima.annotator.heideltime.resources.RegexHashMap;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.observatory.core.PipelineException;

/**
 * Makes HeidelTime's shared normalization tables safe for concurrent engines. Each table is a {@code RegexHashMap}
 * whose {@code get} (called from {@code HeidelTime.applyRuleFunctions} for every {@code %normXxx(...)} in a rule)
 * stores the regex-matched answer in a private, unsynchronized {@code HashMap} cache; the tables are per-language
 * singletons shared by every engine of the JVM, so two engines tagging at once would write that map concurrently.
 * {@link #install} swaps each cache, once per JVM, for a {@link SynchronizedCache} holding the same entries. The
 * cached answer for a key is a pure function of the table, so which thread fills it first never changes a value.
 *
 * <p>Reaches two private fields of HeidelTime 2.2.1 by reflection ({@code NormalizationManager.hmAllNormalization},
 * {@code RegexHashMap.cache}); a HeidelTime without them fails loudly here. Called by {@link HeidelTimeEngine} under
 * its loading lock; itself synchronized too.
 */
final class NormalizationCaches {

  private static boolean installed;

  private NormalizationCaches() {}

  /** Makes the English normalization caches synchronized, once per JVM. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    NormalizationManager manager = NormalizationManager.getInstance(Language.ENGLISH, false);
    for (RegexHashMap<?> table : tables(manager)) {
      makeSynchronized(table);
    }
    installed = true;
  }

  /** Every normalization table of {@code manager}. */
  static List<RegexHashMap<?>> tables(NormalizationManager manager) {
    Map<?, ?> all = (Map<?, ?>) read(field(NormalizationManager.class, "hmAllNormalization"), manager);
    return all.values().stream().<RegexHashMap<?>>map(v -> (RegexHashMap<?>) v).toList();
  }

  /** Replaces {@code table}'s cache by a synchronized one with the same entries (idempotent). */
  static void makeSynchronized(RegexHashMap<?> table) {
    Field f = field(RegexHashMap.class, "cache");
    Object cache = read(f, table);
    if (cache instanceof SynchronizedCache<?, ?>) {
      return;
    }
    try {
      f.set(table, new SynchronizedCache<>((Map<?, ?>) cache));
    } catch (IllegalAccessException e) {
      throw unsupported(e);
    }
  }

  /** The cache {@code table} currently uses (for tests). */
  static Object cacheOf(RegexHashMap<?> table) {
    return read(field(RegexHashMap.class, "cache"), table);
  }

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unsupported(e);
    }
  }

  private static Object read(Field f, Object owner) {
    try {
      return f.get(owner);
    } catch (IllegalAccessException e) {
      throw unsupported(e);
    }
  }

  private static PipelineException unsupported(Exception e) {
    return new PipelineException("HeidelTime's normalization tables are not the 2.2.1 ones this adapter makes "
        + "thread-safe: " + e, e);
  }

  /**
   * A {@link HashMap} whose every operation {@code RegexHashMap} performs on its cache holds the map's lock. The
   * views ({@link #entrySet}, {@link #keySet}, {@link #values}) are unmodifiable snapshots, so iterating them never
   * races a concurrent {@code put}.
   */
  static final class SynchronizedCache<K, V> extends HashMap<K, V> {

    private static final long serialVersionUID = 1L;

    SynchronizedCache(Map<? extends K, ? extends V> entries) {
      super(entries);
    }

    @Override
    public synchronized V get(Object key) {
      return super.get(key);
    }

    @Override
    public synchronized V put(K key, V value) {
      return super.put(key, value);
    }

    @Override
    public synchronized void putAll(Map<? extends K, ? extends V> m) {
      super.putAll(m);
    }

    @Override
    public synchronized V remove(Object key) {
      return super.remove(key);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
      return super.containsKey(key);
    }

    @Override
    public synchronized boolean containsValue(Object value) {
      return super.containsValue(value);
    }

    @Override
    public synchronized int size() {
      return super.size();
    }

    @Override
    public synchronized boolean isEmpty() {
      return super.isEmpty();
    }

    @Override
    public synchronized void clear() {
      super.clear();
    }

    @Override
    public synchronized Set<Map.Entry<K, V>> entrySet() {
      Set<Map.Entry<K, V>> copy = new HashSet<>();
      for (Map.Entry<K, V> e : super.entrySet()) {
        copy.add(new AbstractMap.SimpleImmutableEntry<>(e));
      }
      return Collections.unmodifiableSet(copy);
    }

    @Override
    public synchronized Set<K> keySet() {
      return Collections.unmodifiableSet(new HashSet<>(super.keySet()));
    }

    @Override
    public synchronized Collection<V> values() {
      return Collections.unmodifiableList(new ArrayList<>(super.values()));
    }
  }
}
