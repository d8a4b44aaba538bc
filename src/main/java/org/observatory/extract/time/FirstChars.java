package org.observatory.extract.time;

import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can start with, so that a pattern can be guarded by a one-character
 * lookahead without changing what it matches.
 *
 * <p>{@link #guard} returns {@code (?=[F])(?:P)} for a pattern {@code P}, where {@code F} holds every BMP character that
 * can begin a non-empty match of {@code P} plus every supplementary code point. A match of {@code P} at position i
 * begins with the character at i, which is in {@code F}, and the lookahead is zero-width, atomic and captures
 * nothing, so {@code find()} visits the same positions, finds the same matches and numbers the same groups; the
 * guard only rejects, with one class test, the positions where {@code P} would fail after trying its alternatives.
 *
 * <p>The analysis is conservative: it parses the pattern (alternation, sequences, quantifiers, groups, lookaround,
 * character classes, escapes) and gives up, returning empty, on anything it does not fully understand (inline flags,
 * back references, {@code \Q}, {@code \R}, {@code \X}, flags other than case-insensitive ones) and on patterns that can
 * match the empty string. Which characters a single atom (a class, an escape, a literal) accepts is decided by
 * compiling that atom with Java's own regex engine and the pattern's flags and testing every BMP character.
 *
 * <p>Stateless apart from a per-call cache; thread-safe.
 */
final class FirstChars {

  /** Above this many BMP characters a guard would reject too little to pay for itself. */
  private static final int MAX_SET = 20_000;
  private static final int UNSUPPORTED_FLAGS =
      Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.MULTILINE | Pattern.DOTALL;

  /** Characters that are not a literal on their own. */
  private static final String META = "\\[](){}.*+?^$|";
  private static final int CASELESS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Accepted sets of atoms, by source and flags: the same classes recur across HeidelTime's rules. */
  private static final Map<String, BitSet> ATOMS = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> LETTERY = new ConcurrentHashMap<>();
  private static final String PROBES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \t";

  private FirstChars() {}

  /** {@code p} behind a first-character lookahead, or empty when the analysis gives up or would not help. */
  static Optional<Pattern> guard(Pattern p) {
    return firstSet(p).filter(f -> f.cardinality() <= MAX_SET)
        .map(f -> Pattern.compile("(?=[" + classBody(f) + "\\x{10000}-\\x{10FFFF}])(?:" + p.pattern() + ")",
            p.flags()));
  }

  /** Every BMP character a non-empty match of {@code p} can begin with; empty when unknown or {@code p} is nullable. */
  static Optional<BitSet> firstSet(Pattern p) {
    if ((p.flags() & UNSUPPORTED_FLAGS) != 0) {
      return Optional.empty();
    }
    try {
      Node n = parse(p, false);
      return n.nullable ? Optional.empty() : Optional.of(n.first);
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /**
   * A pattern that finds something in every text in which {@code p} finds a match: a class of characters of which
   * every match of {@code p} contains one, chosen among the pattern's mandatory parts, and only when it holds no
   * letter and no space (digits, punctuation), so that it is absent from many sentences. HeidelTime uses it as the
   * rule's fast check: a sentence in which the check finds nothing cannot match the rule, so skipping the rule there
   * changes nothing. Empty when the analysis gives up or finds no such class.
   */
  static Optional<Pattern> requirement(Pattern p) {
    if ((p.flags() & UNSUPPORTED_FLAGS) != 0) {
      return Optional.empty();
    }
    try {
      BitSet r = parse(p, true).required;
      if (r == null || !rare(r)) {
        return Optional.empty();
      }
      return Optional.of(Pattern.compile("[" + classBody(r) + "\\x{10000}-\\x{10FFFF}]"));
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private static Node parse(Pattern p, boolean all) {
    Parser parser = new Parser(p.pattern(), p.flags(), all);
    Node n = parser.alternation();
    if (parser.pos != p.pattern().length()) {
      throw new Unsupported("unbalanced");
    }
    return n;
  }

  /** No letter and no space: characters many sentences lack. */
  private static boolean rare(BitSet set) {
    return set.stream().noneMatch(c -> Character.isLetter(c) || Character.isWhitespace(c)
        || Character.isSpaceChar(c));
  }

  /** Of two requirements (either may be null), the one likely to be absent from more sentences. */
  private static BitSet selective(BitSet a, BitSet b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (rare(a) != rare(b)) {
      return rare(a) ? a : b;
    }
    return b.cardinality() < a.cardinality() ? b : a;
  }

  /** Latin-1 characters one by one (Java keeps them in one bitmap), the rest as ranges. */
  private static String classBody(BitSet f) {
    StringBuilder b = new StringBuilder();
    for (int lo = f.nextSetBit(0); lo >= 0; lo = f.nextSetBit(lo + 1)) {
      int hi = lo < 256 ? lo : f.nextClearBit(lo) - 1;
      b.append(String.format("\\x{%04X}", lo));
      if (hi > lo) {
        b.append(String.format("-\\x{%04X}", hi));
      }
      lo = hi;
    }
    return b.toString();
  }

  /**
   * First characters and nullability of a sub-expression, and a set of characters of which every match contains at
   * least one ({@code null} when none is known).
   */
  private record Node(BitSet first, boolean nullable, BitSet required) {

    Node(BitSet first, boolean nullable) {
      this(first, nullable, null);
    }

    static Node empty() {
      return new Node(new BitSet(), true);
    }
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** Recursive descent over Java regex syntax, computing {@link Node}s; throws {@link Unsupported} to give up. */
  private static final class Parser {
    private final String s;
    private final int flags;
    /** Whether every atom's set is computed (for requirements), not only those that can begin a match. */
    private final boolean all;
    int pos;
    /** Whether the atoms now parsed can begin a match (else their sets are not computed). */
    private boolean need = true;

    Parser(String s, int flags, boolean all) {
      this.s = s;
      this.flags = flags;
      this.all = all;
    }

    Node alternation() {
      Node n = sequence();
      BitSet first = (BitSet) n.first.clone();
      boolean nullable = n.nullable;
      BitSet required = n.required == null ? null : (BitSet) n.required.clone();
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        Node m = sequence();
        first.or(m.first);
        nullable |= m.nullable;
        if (required != null && m.required != null) {
          required.or(m.required);
        } else {
          required = null;
        }
      }
      return new Node(first, nullable, required);
    }

    private Node sequence() {
      BitSet first = new BitSet();
      boolean nullable = true;
      BitSet required = null;
      boolean outer = need;
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        need = outer && nullable;
        Node t = term();
        if (nullable) {
          first.or(t.first);
          nullable = t.nullable;
        }
        required = selective(required, t.required);
      }
      need = outer;
      return new Node(first, nullable, required);
    }

    private Node term() {
      Node a = atom();
      boolean optional = quantifier();
      if (pos < s.length() && "?*+{".indexOf(s.charAt(pos)) >= 0) {
        throw new Unsupported("stacked quantifier");
      }
      return optional ? new Node(a.first, true) : a;
    }

    /** Consumes a quantifier if there is one; true when it allows zero repetitions. */
    private boolean quantifier() {
      if (pos >= s.length()) {
        return false;
      }
      char c = s.charAt(pos);
      boolean zero;
      if (c == '?' || c == '*') {
        pos++;
        zero = true;
      } else if (c == '+') {
        pos++;
        zero = false;
      } else if (c == '{') {
        int close = s.indexOf('}', pos);
        if (close < 0 || !s.substring(pos + 1, close).matches("\\d+(,\\d*)?")) {
          throw new Unsupported("brace");
        }
        String min = s.substring(pos + 1, close).split(",", -1)[0];
        zero = Integer.parseInt(min) == 0;
        pos = close + 1;
      } else {
        return false;
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++;
      }
      return zero;
    }

    private Node atom() {
      char c = s.charAt(pos);
      switch (c) {
        case '(':
          return group();
        case '[':
          return chars(classEnd(pos));
        case '\\':
          return escape();
        case '^':
        case '$':
          pos++;
          return Node.empty();
        case '.':
          return chars(pos + 1);
        case '*':
        case '+':
        case '?':
        case '{':
        case ')':
        case '|':
          throw new Unsupported("misplaced " + c);
        default:
          int end = Character.isHighSurrogate(c) && pos + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(pos + 1)) ? pos + 2 : pos + 1;
          return chars(end);
      }
    }

    private Node group() {
      pos++;
      boolean zeroWidth = false;
      if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) {
        pos += 2;
      } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (s.startsWith("?<", pos)) {
        int close = s.indexOf('>', pos);
        if (close < 0 || !s.substring(pos + 2, close).matches("[A-Za-z][A-Za-z0-9]*")) {
          throw new Unsupported("group name");
        }
        pos = close + 1;
      } else if (s.startsWith("?", pos)) {
        throw new Unsupported("inline flags");
      }
      boolean outer = need;
      need = outer && !zeroWidth;
      Node inner = alternation();
      need = outer;
      if (pos >= s.length() || s.charAt(pos) != ')') {
        throw new Unsupported("unclosed group");
      }
      pos++;
      return zeroWidth ? Node.empty() : inner;
    }

    /** End (exclusive) of the character class opening at {@code start}, following Java's nesting rules. */
    private int classEnd(int start) {
      int i = start + 1;
      if (i < s.length() && s.charAt(i) == '^') {
        i++;
      }
      if (i < s.length() && s.charAt(i) == ']') {
        i++;
      }
      int depth = 1;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\') {
          if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') {
            throw new Unsupported("quote in class");
          }
          i += 2;
          continue;
        }
        if (c == '[') {
          depth++;
        } else if (c == ']' && --depth == 0) {
          return i + 1;
        }
        i++;
      }
      throw new Unsupported("unclosed class");
    }

    private Node escape() {
      if (pos + 1 >= s.length()) {
        throw new Unsupported("trailing backslash");
      }
      char c = s.charAt(pos + 1);
      if ("bBAGzZ".indexOf(c) >= 0) {
        pos += 2;
        return Node.empty();
      }
      if ("dDsSwWhHvVtnrfae".indexOf(c) >= 0) {
        return chars(pos + 2);
      }
      if (c == 'p' || c == 'P') {
        return chars(pos + 2 < s.length() && s.charAt(pos + 2) == '{' ? braceEnd(pos + 2) : pos + 3);
      }
      if (c == 'x') {
        return chars(pos + 2 < s.length() && s.charAt(pos + 2) == '{' ? braceEnd(pos + 2) : pos + 4);
      }
      if (c == 'u') {
        return chars(pos + 6);
      }
      if (c == 'c') {
        return chars(pos + 3);
      }
      if (Character.isLetterOrDigit(c)) {
        throw new Unsupported("escape \\" + c);
      }
      return chars(pos + 2);
    }

    private int braceEnd(int open) {
      int close = s.indexOf('}', open);
      if (close < 0) {
        throw new Unsupported("unclosed brace");
      }
      return close + 1;
    }

    /** A one-character atom spanning {@code pos..end}: the BMP characters it accepts, by Java's own matcher. */
    private Node chars(int end) {
      if (end > s.length()) {
        throw new Unsupported("truncated atom");
      }
      String source = s.substring(pos, end);
      pos = end;
      BitSet set = need ? accepted(source, flags) : null;
      BitSet required = all ? (set != null ? set : requiredOf(source)) : null;
      return new Node(set == null ? new BitSet() : set, false, required);
    }

    /** The atom's set if it may be a rare requirement; null (no requirement, always safe) if it takes a letter. */
    private BitSet requiredOf(String source) {
      if (literal(source, flags) || !LETTERY.computeIfAbsent(source + '\u0000' + flags, k -> lettery(source, flags))) {
        return accepted(source, flags);
      }
      return null;
    }
  }

  /**
   * The BMP characters a one-character atom accepts (a fresh set the caller may change): a plain literal character
   * without case-insensitive flags accepts itself, anything else is asked of {@link #byMatcher}, cached.
   */
  static BitSet accepted(String source, int flags) {
    BitSet set = new BitSet(Character.MAX_VALUE + 1);
    if (literal(source, flags)) {
      set.set(source.charAt(0));
      return set;
    }
    set.or(ATOMS.computeIfAbsent(source + '\u0000' + flags, k -> byMatcher(source, flags)));
    return set;
  }

  private static boolean literal(String source, int flags) {
    return source.length() == 1 && META.indexOf(source.charAt(0)) < 0 && !Character.isSurrogate(source.charAt(0))
        && (flags & CASELESS) == 0;
  }

  /** Whether the atom accepts an ASCII letter or a space (then it is no rare requirement; decided cheaply). */
  private static boolean lettery(String source, int flags) {
    Pattern atom = Pattern.compile(source, flags);
    return PROBES.chars().anyMatch(c -> atom.matcher(String.valueOf((char) c)).matches());
  }

  /** Membership decided by Java's engine, one BMP character at a time. */
  static BitSet byMatcher(String source, int flags) {
    BitSet set = new BitSet(Character.MAX_VALUE + 1);
    char[] one = new char[1];
    CharSequence text = java.nio.CharBuffer.wrap(one);
    java.util.regex.Matcher m = Pattern.compile(source, flags).matcher(text);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      one[0] = (char) c;
      if (m.reset(text).matches()) {
        set.set(c);
      }
    }
    return set;
  }
}
