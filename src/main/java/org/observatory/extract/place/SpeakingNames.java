package org.observatory.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Metonymy by syntax: a place name that is the subject of a verb of saying, thinking or deciding ("Moscow said",
 * "Ankara views the move as a threat", "Washington and Paris decided") names a government or people, an actor,
 * not a location. Uses the dependency parse; without one (parsing off) nothing is dropped. Pure, thread-safe.
 */
final class SpeakingNames {

  /** Lemmas of verbs whose subject speaks, thinks or decides. General English vocabulary. */
  static final Set<String> VERBS = Set.of("say", "tell", "announce", "state", "claim", "deny", "insist", "warn",
      "urge", "accuse", "condemn", "criticize", "criticise", "reject", "demand", "threaten", "vow", "pledge",
      "promise", "agree", "decide", "refuse", "believe", "think", "view", "consider", "want", "hope", "fear",
      "argue", "respond", "reply", "complain", "maintain", "acknowledge", "admit", "confirm", "expect", "intend",
      "welcome", "protest", "oppose", "propose", "suggest", "declare", "rule", "regard", "doubt", "blame",
      "dismiss", "praise", "applaud", "denounce", "question", "suspect", "recognize", "recognise", "request",
      "ask", "call", "summon", "retaliate", "negotiate", "vote", "veto");

  private SpeakingNames() {}

  /** The mentions that are not the subject of such a verb, in their order; pattern mentions always stay. */
  static List<PlaceMention> withoutSpeakers(List<PlaceMention> mentions, Annotation annotation) {
    return mentions.stream().filter(m -> m.rule().startsWith("pattern") || !speaks(m, annotation)).toList();
  }

  static boolean speaks(PlaceMention m, Annotation annotation) {
    if (m.sentence() < 0 || m.sentence() >= annotation.sentences().size()) {
      return false;
    }
    Sentence s = annotation.sentences().get(m.sentence());
    List<Token> in = s.tokensIn(m.span());
    if (in.isEmpty()) {
      return false;
    }
    int head = in.get(in.size() - 1).index();
    for (Dependency d : s.parents(head)) {
      if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) && d.governor() >= 0
          && VERBS.contains(s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
