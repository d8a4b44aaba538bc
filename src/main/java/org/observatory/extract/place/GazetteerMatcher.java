package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.observatory.core.Resources;
import org.observatory.core.Span;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.gazetteer.NameNormalizer;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Gazetteer matching of proper-noun runs: a whole run that is a gazetteer name is a toponym unless an entity
 * mention of another type covers it; a run at the start of an organisation name ("Mansfield Police Department")
 * is a toponym too, and so is one after "of" inside it ("University of Hartford", "First Bank of Princeton"). Single generic words ("North", "City", "Drive") never match alone. Immutable, thread-safe.
 */
final class GazetteerMatcher {

  static final String RULE = "gazetteer:ngram";
  static final String RULE_ORG = "gazetteer:org-modifier";
  static final String RULE_ORG_OF = "gazetteer:org-of";
  static final String RULE_FACILITY = "gazetteer:facility-modifier";
  private static final Set<String> BLOCKING_NER = Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "TITLE",
      "RELIGION", "IDEOLOGY", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "DATE", "TIME", "DURATION", "SET", "MISC",
      "MONEY", "NUMBER", "ORDINAL", "PERCENT", "EMAIL", "URL", "HANDLE");
  private static final Set<String> NOT_PLACES = load("not-places.txt");

  private final Gazetteer gazetteer;

  GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<PlaceMention> find(Sentence s, String text, List<EntityMention> entities) {
    List<PlaceMention> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int[] run : ProperRuns.find(tokens)) {
      Span span = new Span(tokens.get(run[0]).span().start(), tokens.get(run[1] - 1).span().end());
      EntityMention blocker = blocker(span, entities);
      String surface = span.of(text);
      String core = PlaceRecognizer.DIRECTION.matcher(surface).replaceFirst("");
      int coreWords = run[1] - run[0] - (core.equals(surface) ? 0 : 1);
      if (blocker == null && !core.isBlank() && (matches(surface, run[1] - run[0]) || matches(core, coreWords))
          && !PlaceRecognizer.isCompoundModifier(span, text)) {
        out.add(new PlaceMention(span, core, surface, PlaceKind.ANY, RULE, s.index()));
      } else if (blocker != null && blocker.type().equals("ORGANIZATION")) {
        orgModifier(tokens, run, blocker, text, s.index()).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The longest run prefix that is a gazetteer name, when the run starts its organisation and goes on after it. */
  private java.util.Optional<PlaceMention> orgModifier(List<Token> tokens, int[] run, EntityMention org, String text,
      int sentence) {
    boolean first = tokens.get(run[0]).span().start() == org.span().start();
    boolean afterOf = run[0] > 0 && tokens.get(run[0] - 1).text().equals("of")
        && org.span().start() < tokens.get(run[0]).span().start();
    if (!first && !afterOf) {
      return java.util.Optional.empty();
    }
    int last = afterOf ? run[1] : run[1] - 1;
    for (int end = Math.min(last, run[0] + gazetteer.maxKeyWords()); end > run[0]; end--) {
      Span span = new Span(tokens.get(run[0]).span().start(), tokens.get(end - 1).span().end());
      boolean inside = afterOf ? span.end() <= org.span().end() : span.end() < org.span().end();
      if (inside && matches(span.of(text), end - run[0])) {
        String rule = afterOf ? RULE_ORG_OF : Facilities.isFacilityName(org.text()) ? RULE_FACILITY : RULE_ORG;
        return java.util.Optional.of(PlaceMention.of(span, span.of(text), PlaceKind.ANY, rule, sentence));
      }
    }
    return java.util.Optional.empty();
  }

  private boolean matches(String name, int words) {
    String key = NameNormalizer.key(name);
    if (key.length() < 3 || words == 1 && NOT_PLACES.contains(key)) {
      return false;
    }
    return gazetteer.hasKey(key);
  }

  private static EntityMention blocker(Span span, List<EntityMention> entities) {
    for (EntityMention e : entities) {
      if (e.span().overlaps(span) && BLOCKING_NER.contains(e.type())) {
        return e;
      }
    }
    return null;
  }

  /** True when {@code name} is a gazetteer name and not a generic word. */
  boolean isSpecificName(String name) {
    String key = NameNormalizer.key(name);
    return !NOT_PLACES.contains(key) && gazetteer.hasKey(key);
  }

  private static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    Resources.lines(GazetteerMatcher.class, name).forEach(l -> out.add(l.strip()));
    return out;
  }

}
