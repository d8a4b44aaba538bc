package org.observatory.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface checks that tell a place name from an ordinary word: a place name is capitalised ("turkey legs" is
 * food); a short form that is also an English word or title ("OK", "ID", "Miss", "PA") names a state only in the
 * postal style after a comma ("Jackson, Miss."); a one-word match on weak evidence whose lower-case form the same
 * document also uses as an ordinary word ("Man booked ..." next to "the man") is that word. Pure, thread-safe.
 */
final class WordShapes {

  /** State and province short forms that are also English words, titles or common abbreviations. */
  static final Set<String> AMBIGUOUS_SHORT_FORMS = Set.of("ok", "id", "miss", "pa", "del", "me", "in", "or", "hi",
      "wash", "al", "ma", "de", "co", "gov");

  private WordShapes() {}

  /** The mentions that pass the surface checks, in their order. */
  static List<PlaceMention> filter(List<PlaceMention> mentions, String text) {
    return mentions.stream().filter(m -> keep(m, text)).toList();
  }

  static boolean keep(PlaceMention m, String text) {
    String surface = m.span().of(text);
    if (!m.rule().startsWith("pattern") && surface.equals(surface.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (m.rule().startsWith("ner:") && isAmbiguousShortForm(surface) && !afterComma(m, text)) {
      return false;
    }
    return !(Surnames.isWeak(m.rule()) && isSingleWord(surface) && usedAsOrdinaryWord(surface, text));
  }

  static boolean isAmbiguousShortForm(String surface) {
    return AMBIGUOUS_SHORT_FORMS.contains(surface.replace(".", "").toLowerCase(Locale.ROOT));
  }

  private static boolean afterComma(PlaceMention m, String text) {
    int i = m.span().start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == '(');
  }

  private static boolean isSingleWord(String surface) {
    return surface.chars().noneMatch(Character::isWhitespace);
  }

  /** True when the document has the word in lower case, as a whole word. */
  static boolean usedAsOrdinaryWord(String surface, String text) {
    String lower = surface.toLowerCase(Locale.ROOT);
    if (lower.equals(surface) || lower.length() < 2) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }
}
