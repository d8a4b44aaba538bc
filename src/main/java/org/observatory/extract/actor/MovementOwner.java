package org.observatory.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Gives a country-less military agent the country of the state that moves it: the agent (or unit) is the object of
 * a verb of sending or bringing ({@code movement} in {@code lexicon.tsv}) whose subject is a state, its capital, its
 * government or military, or one of its officials ("Turkey dispatches large military convoy", "Turkey has brought
 * in a new column of military forces"). Uses the dependency graph (enhanced++ subjects cover "decided to send");
 * does nothing for a sentence without one. Immutable and thread-safe.
 */
final class MovementOwner {

  private static final Set<String> OWNER_SECTORS = Set.of("government", "military");

  private final ActorDictionary dict;

  MovementOwner(ActorDictionary dict) {
    this.dict = dict;
  }

  /** The drafts of one sentence, in order, with moved agents owned by their mover. */
  List<Draft> apply(Sentence sentence, List<Draft> drafts) {
    if (sentence.dependencies().isEmpty()) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      boolean ownerless = d.country() == null && "military".equals(d.sector()) && !d.fromDictionary();
      out.add(ownerless ? owned(sentence, d, drafts) : d);
    }
    return out;
  }

  private Draft owned(Sentence s, Draft d, List<Draft> drafts) {
    for (Dependency dep : s.dependencies()) {
      if (dep.isRoot() || !dep.baseRelation().equals("obj")
          || !d.span().contains(s.tokens().get(dep.dependent()).span())) {
        continue;
      }
      Token verb = s.tokens().get(dep.governor());
      String lemma = Norm.word(verb.lemma() == null ? verb.text() : verb.lemma());
      if (!verb.pos().startsWith("VB") || !dict.lexicon().is("movement", lemma)) {
        continue;
      }
      Draft mover = subject(s, dep.governor(), drafts);
      if (mover != null) {
        String agentCode = d.code() == null ? "MIL" : d.code();
        return d.ownedBy(mover.country(), dict.countryName(mover.country()), mover.country() + agentCode,
            "movement:" + d.rule());
      }
    }
    return d;
  }

  /** The state-side draft covering a subject of {@code verb}, if any. */
  private static Draft subject(Sentence s, int verb, List<Draft> drafts) {
    for (Dependency c : s.children(verb)) {
      if (!c.baseRelation().equals("nsubj")) {
        continue;
      }
      Token t = s.tokens().get(c.dependent());
      for (Draft o : drafts) {
        boolean stateSide = o.country() != null
            && (OWNER_SECTORS.contains(o.sector()) || o.kind() == EntryKind.PERSON);
        if (stateSide && o.span().contains(t.span())) {
          return o;
        }
      }
    }
    return null;
  }
}
