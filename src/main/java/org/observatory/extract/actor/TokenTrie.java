package org.observatory.extract.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalised word sequences. Built once (single-threaded) by its owner, then only read: reads are
 * thread-safe once construction has finished. Later puts of the same key replace earlier ones.
 *
 * @param <V> value type
 */
final class TokenTrie<V> {

  private final Node<V> root = new Node<>();
  private int size;

  private static final class Node<V> {
    final Map<String, Node<V>> children = new HashMap<>(4);
    V value;
  }

  void put(List<String> words, V value) {
    if (words.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String w : words) {
      n = n.children.computeIfAbsent(w, k -> new Node<>());
    }
    if (n.value == null) {
      size++;
    }
    n.value = value;
  }

  /** Only when the key is absent. */
  void putIfAbsent(List<String> words, V value) {
    if (get(words) == null) {
      put(words, value);
    }
  }

  V get(List<String> words) {
    Node<V> n = root;
    for (String w : words) {
      n = n.children.get(w);
      if (n == null) {
        return null;
      }
    }
    return n.value;
  }

  int size() {
    return size;
  }

  /** A match: its value and how many words it spans. */
  record Match<V>(V value, int length) {}

  /**
   * The longest key that matches {@code words} from {@code from}, where each word may match through any of its
   * forms (surface form or lemma). Null when nothing matches.
   */
  Match<V> longest(List<List<String>> forms, int from) {
    return walk(root, forms, from, 0, null);
  }

  private Match<V> walk(Node<V> node, List<List<String>> forms, int at, int depth, Match<V> best) {
    Match<V> result = best;
    if (node.value != null && depth > 0 && (result == null || depth > result.length())) {
      result = new Match<>(node.value, depth);
    }
    if (at >= forms.size()) {
      return result;
    }
    for (String f : forms.get(at)) {
      Node<V> child = node.children.get(f);
      if (child != null) {
        result = walk(child, forms, at + 1, depth + 1, result);
      }
    }
    return result;
  }
}
