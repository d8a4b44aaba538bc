package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Two conventions of news writing that name a place without any locative word: the dateline ("MONROE - Federal
 * officials ...", "ATLANTA -- ...": capitals at the start of a sentence before a dash) and a legislator's party and
 * home place ("Rep. Wendell Gilliard, D-Charleston,"). The name must be a gazetteer name. Stateless.
 */
final class NewsConventions {

  static final String RULE_DATELINE = "pattern:dateline";
  static final String RULE_PARTY = "pattern:party-home";
  private static final Set<String> DASHES = Set.of("-", "--", "---", "—", "–", "(", ",");
  private static final Pattern PARTY_TOKEN = Pattern.compile("^[DRI]-(\\p{Lu}[\\p{L}.]*)$");

  private NewsConventions() {}

  static List<PlaceMention> find(Sentence s, String text, Predicate<String> isGazetteerName) {
    List<PlaceMention> out = new ArrayList<>();
    dateline(s, text, isGazetteerName, out);
    party(s, text, isGazetteerName, out);
    return out;
  }

  private static void dateline(Sentence s, String text, Predicate<String> known, List<PlaceMention> out) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size() && i < 4 && t.get(i).text().matches("\\p{Lu}[\\p{Lu}.']{2,}")) {
      i++;
    }
    if (i == 0 || i >= t.size() || !DASHES.contains(t.get(i).text())) {
      return;
    }
    Span span = new Span(t.get(0).span().start(), t.get(i - 1).span().end());
    String name = titleCase(span.of(text));
    if (known.test(name)) {
      out.add(PlaceMention.of(span, name, PlaceKind.ANY, RULE_DATELINE, s.index()));
    }
  }

  private static void party(Sentence s, String text, Predicate<String> known, List<PlaceMention> out) {
    List<Token> t = s.tokens();
    for (int i = 1; i < t.size(); i++) {
      if (!t.get(i - 1).text().equals(",")) {
        continue;
      }
      Matcher m = PARTY_TOKEN.matcher(t.get(i).text());
      Span span = null;
      if (m.matches()) {
        span = new Span(t.get(i).span().start() + 2, t.get(i).span().end());
      } else if (i + 2 < t.size() && t.get(i).text().matches("[DRI]") && t.get(i + 1).text().equals("-")
          && Character.isUpperCase(t.get(i + 2).text().charAt(0))) {
        span = t.get(i + 2).span();
      }
      if (span != null && known.test(span.of(text))) {
        out.add(PlaceMention.of(span, span.of(text), PlaceKind.ANY, RULE_PARTY, s.index()));
      }
    }
  }

  private static String titleCase(String caps) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char c : caps.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }
}
