package org.observatory.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.observatory.nlp.EntityMention;

/**
 * Finds raw candidates in one sentence: longest dictionary names and agent nouns, left to right, then the
 * annotator's PERSON and ORGANIZATION mentions that no dictionary match covers. Stateless.
 */
final class MentionFinder {

  private static final Set<String> PLACE_NER = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
  private static final Set<String> STATE_NER = Set.of("COUNTRY", "NATIONALITY");
  private static final Set<String> NAME_POS = Set.of("NNP", "NNPS", "JJ", "NN", "NNS");

  private final ActorDictionary dict;

  MentionFinder(ActorDictionary dict) {
    this.dict = dict;
  }

  List<Candidate> find(List<Word> words, List<EntityMention> entities) {
    List<List<String>> forms = Words.forms(words);
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Candidate c = best(words, forms, i);
      if (c == null) {
        i++;
      } else {
        out.add(c);
        i = c.to();
      }
    }
    for (EntityMention e : entities) {
      addNer(words, e, out);
    }
    out.sort(Comparator.comparingInt(Candidate::from));
    return mergeAdjacentAgents(out);
  }

  /** "military convoy", "government forces": adjacent agent nouns make one agent, headed by the last. */
  private static List<Candidate> mergeAdjacentAgents(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate c : in) {
      Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.isAgent() && c.isAgent() && prev.to() == c.from()) {
        out.set(out.size() - 1, new Candidate(prev.from(), c.to(), null, head(prev.agent(), c.agent()), null));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private Candidate best(List<Word> words, List<List<String>> forms, int i) {
    var name = dict.name(forms, i).filter(m -> acceptName(words, i, m)).orElse(null);
    var agent = dict.agent(forms, i).filter(m -> canAct(words, i + m.length())).orElse(null);
    if (name == null && agent == null) {
      return null;
    }
    if (agent == null || (name != null && name.length() >= agent.length())) {
      return new Candidate(i, i + name.length(), name.value(), null, null);
    }
    return new Candidate(i, i + agent.length(), null, agent.value(), null);
  }

  /**
   * The agent of a two-noun phrase: the head's, except that fighters of a government ("regime fighters",
   * "government militia") are its military.
   */
  private static AgentEntry head(AgentEntry modifier, AgentEntry head) {
    boolean stateFighters = "government".equals(modifier.sector())
        && ("rebel".equals(head.sector()) || "militia".equals(head.sector()));
    return stateFighters ? new AgentEntry("MIL", "military", head.source()) : head;
  }

  /**
   * An agent noun ending before word {@code end} can act unless its head is a place noun, a verb ("to repatriate")
   * or materiel ("battle tanks"), or it only modifies a materiel noun that follows ("personnel carriers").
   */
  private boolean canAct(List<Word> words, int end) {
    Word head = words.get(end - 1);
    boolean verb = head.pos().startsWith("VB") && !head.pos().equals("VBN") && !head.pos().equals("VBG");
    boolean beforeMateriel = end < words.size() && !words.get(end).afterHyphen() && isNotAgent(words.get(end));
    return !isPlaceNoun(head) && !verb && !isNotAgent(head) && !beforeMateriel;
  }

  private boolean isNotAgent(Word w) {
    return dict.lexicon().is(ActorDictionary.NOT_AGENT, w.norm())
        || dict.lexicon().is(ActorDictionary.NOT_AGENT, w.lemma());
  }

  private boolean isPlaceNoun(Word w) {
    return dict.lexicon().is("placenoun", w.norm()) || dict.lexicon().is("placenoun", w.lemma());
  }

  private static boolean acceptName(List<Word> words, int i, TokenTrie.Match<ActorDictionary.Named> m) {
    DictEntry e = m.value().entry();
    Word first = words.get(i);
    if (e.kind() == EntryKind.DESCRIPTION) {
      return true;
    }
    int firstContent = first.norm().equals("the") && m.length() > 1 ? i + 1 : i;
    if (!words.get(firstContent).capitalised()) {
      return false;
    }
    if (m.length() == 1 && !NAME_POS.contains(first.pos()) && "O".equals(first.ner())) {
      return false;
    }
    Word content = words.get(firstContent);
    if (e.kind() == EntryKind.STATE && "cameo".equals(e.source()) && !m.value().primary()) {
      return STATE_NER.contains(content.ner()) || content.pos().equals("NNPS")
          || ("O".equals(content.ner()) && content.pos().startsWith("JJ"));
    }
    return !(e.kind() == EntryKind.STATE && PLACE_NER.contains(content.ner()));
  }

  private static void addNer(List<Word> words, EntityMention e, List<Candidate> out) {
    if (!e.type().equals("PERSON") && !e.type().equals("ORGANIZATION")) {
      return;
    }
    int from = -1;
    int to = -1;
    for (int w = 0; w < words.size(); w++) {
      if (e.span().contains(words.get(w).span())) {
        from = from < 0 ? w : from;
        to = w + 1;
      }
    }
    if (from < 0) {
      return;
    }
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      if (c.from() < to && from < c.to()) {
        if (c.isAgent() && c.from() == from && e.type().equals("ORGANIZATION") && to > c.to()) {
          out.set(k, c.withTo(to));
        }
        return;
      }
    }
    out.add(new Candidate(from, to, null, null, e.type()));
  }
}
