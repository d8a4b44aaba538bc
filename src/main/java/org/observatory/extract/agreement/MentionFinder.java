package org.observatory.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Finds agreement mentions by their head noun and reads their names off the surrounding tokens. */
final class MentionFinder {

  static final Map<String, String> KIND_BY_HEAD = Map.ofEntries(Map.entry("agreement", "agreement"),
      Map.entry("agreements", "agreement"), Map.entry("accord", "agreement"), Map.entry("accords", "agreement"),
      Map.entry("deal", "agreement"), Map.entry("pact", "agreement"), Map.entry("treaty", "agreement"),
      Map.entry("memorandum", "memorandum"), Map.entry("mou", "memorandum"), Map.entry("ceasefire", "ceasefire"),
      Map.entry("cease-fire", "ceasefire"), Map.entry("armistice", "ceasefire"), Map.entry("truce", "truce"));

  /** Words that may stand left of the head inside a name ("Sochi", "2018", "five-day", "peace"). */
  private static final Set<String> NAME_POS = Set.of("NNP", "NNPS", "CD", "HYPH", "NN", "NNS");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  List<AgreementMention> find(Sentence s) {
    List<AgreementMention> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String kind = KIND_BY_HEAD.get(t.text().toLowerCase(Locale.ROOT));
      if (kind != null && t.isNoun() && !partOfLargerName(s, t)) {
        out.add(mention(s, t, kind));
      }
    }
    return out;
  }

  /** "peace deal agreement": only the last head counts. */
  private static boolean partOfLargerName(Sentence s, Token t) {
    int next = t.index() + 1;
    return next < s.tokens().size() && KIND_BY_HEAD.containsKey(s.tokens().get(next).text().toLowerCase(Locale.ROOT))
        && s.tokens().get(next).isNoun();
  }

  private static AgreementMention mention(Sentence s, Token head, String kind) {
    int first = head.index();
    while (first > 0 && isNamePart(s.tokens().get(first - 1))) {
      first--;
    }
    while (first < head.index() && s.tokens().get(first).pos().equals("HYPH")) {
      first++;
    }
    int last = head.index();
    if (kind.equals("memorandum") && last + 2 < s.tokens().size()
        && s.tokens().get(last + 1).text().equalsIgnoreCase("of")
        && s.tokens().get(last + 2).text().equalsIgnoreCase("understanding")) {
      last += 2;
    }
    Span span = new Span(s.tokens().get(first).span().start(), s.tokens().get(last).span().end());
    String name = tokensText(s, first, last);
    boolean anaphoric = first == head.index() && last == head.index() && first > 0
        && DEFINITE.contains(s.tokens().get(first - 1).text().toLowerCase(Locale.ROOT));
    return new AgreementMention(s.index(), head.index(), span, name, kind, anaphoric);
  }

  private static boolean isNamePart(Token t) {
    return NAME_POS.contains(t.pos()) || t.pos().equals("JJ") && (t.text().contains("-")
        || Character.isUpperCase(t.text().charAt(0)));
  }

  /** The text of tokens {@code from..to}, keeping the document's own spacing between them. */
  static String tokensText(Sentence s, int from, int to) {
    StringBuilder b = new StringBuilder(s.tokens().get(from).text());
    for (int i = from + 1; i <= to; i++) {
      Token prev = s.tokens().get(i - 1);
      Token t = s.tokens().get(i);
      if (t.span().start() > prev.span().end()) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
  }
}
