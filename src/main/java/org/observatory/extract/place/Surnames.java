package org.observatory.extract.place;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;

/**
 * One sense per discourse for people: a word the document uses as a person's surname ("Ricardo Flores", later
 * "Flores") is a person throughout, so mentions taken on weak evidence (a gazetteer
 * match of a bare proper noun, an organisation modifier, a propagated copy) that consist of that word are
 * dropped. CoreNLP's own location mentions and unit patterns are kept. Pure, thread-safe.
 */
final class Surnames {

  private static final Set<String> WEAK_RULES = Set.of(GazetteerMatcher.RULE, GazetteerMatcher.RULE_ORG,
      GazetteerMatcher.RULE_FACILITY, Propagation.RULE);

  private Surnames() {}

  /** The mentions that are not a person's surname taken on weak evidence, in their order. */
  static List<PlaceMention> without(List<PlaceMention> mentions, Annotation annotation, String text) {
    Set<String> surnames = surnames(annotation, text);
    if (surnames.isEmpty()) {
      return mentions;
    }
    return mentions.stream()
        .filter(m -> !(WEAK_RULES.contains(m.rule()) && surnames.contains(m.span().of(text)))).toList();
  }

  /** True when the rule is one of the weak-evidence recognition rules. */
  static boolean isWeak(String rule) {
    return WEAK_RULES.contains(rule);
  }

  /** Last words of multi-word person mentions of the document (a lone "Ravenel" tagged PERSON may be a town). */
  static Set<String> surnames(Annotation annotation, String text) {
    Set<String> out = new HashSet<>();
    for (EntityMention e : annotation.entities()) {
      if (!e.type().equals("PERSON")) {
        continue;
      }
      String name = e.span().of(text).strip();
      int space = name.lastIndexOf(' ');
      String last = name.substring(space + 1);
      if (space > 0 && last.length() >= 3 && Character.isUpperCase(last.charAt(0))) {
        out.add(last);
      }
    }
    return out;
  }
}
