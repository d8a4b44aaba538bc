package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.observatory.nlp.Token;

/** Finds runs of proper-noun tokens ("Abu al-Duhur", "Kafr Lusin") in a sentence. Stateless. */
final class ProperRuns {

  private static final Pattern ARTICLE_TOKEN =
      Pattern.compile("(?:al|el|ad|adh|as|ash|az|ar|at|ath|an|ed|es|ez|ech|esh)-\\p{Lu}.*");
  private static final Set<String> CONNECTORS = Set.of("al", "el", "ad", "as", "ash", "az", "ar", "at", "an", "ed",
      "es", "ez", "bin", "ibn", "de", "del", "la", "le", "du", "des", "da", "do", "dos");

  private ProperRuns() {}

  /** Token index ranges [from, to) of maximal proper-noun runs. */
  static List<int[]> find(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isProper(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && (isProper(tokens.get(j)) || bridges(tokens, j))) {
        j++;
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }

  /** A capitalised proper noun, an "al-Xxx" article token, or an Arabic-script word. */
  static boolean isProper(Token t) {
    String s = t.text();
    if (s.isEmpty()) {
      return false;
    }
    if (ARTICLE_TOKEN.matcher(s).matches()) {
      return true;
    }
    if (Character.UnicodeBlock.of(s.charAt(0)) == Character.UnicodeBlock.ARABIC) {
      return true;
    }
    return Character.isUpperCase(s.charAt(0)) && t.pos().startsWith("NNP");
  }

  /** A connector ("al", "bin") or a glued hyphen ("al-Duhur" split as al / - / Duhur) inside a name. */
  private static boolean bridges(List<Token> tokens, int j) {
    if (j + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    Token next = tokens.get(j + 1);
    if (t.text().equals("-")) {
      return t.span().start() == tokens.get(j - 1).span().end() && next.span().start() == t.span().end()
          && (isProper(next) || isConnector(next));
    }
    return isConnector(t) && (isProper(next) || next.text().equals("-"));
  }

  static boolean isConnector(Token t) {
    return CONNECTORS.contains(t.text());
  }
}
