package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledSentenceTest {

  private static final AcledRules RULES = AcledRules.builtIn();

  private static List<String> lemmas(String s) {
    return new ArrayList<>(List.of(s.split(" ")));
  }

  @Test
  void theMonthMarchIsNoProtestMarch() {
    ParseBuilder p = new ParseBuilder().toks("Paris/NNP/Paris", "March/NNP/March", "12/CD/12",
        "troops/NNS/troop", "marched/VBD/march");
    p.dep("root", -1, 0).dep("nmod:tmod", 0, 1).dep("nummod", 1, 2).dep("nsubj", 4, 3).dep("parataxis", 0, 4);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    assertThat(AcledSentence.lemmas(g)).containsExactly("paris", "<month>", "12", "troop", "march");
  }

  @Test
  void theGrievanceOfAProtestIsHiddenFromItsCoding() {
    // a hand-made parse: the purpose clause of the rally and its object
    ParseBuilder p = new ParseBuilder().toks("protesters/NNS/protester", "marched/VBD/march", "to/TO/to",
        "honour/VB/honour", "victims/NNS/victim", "shot/VBN/shoot");
    p.dep("nsubj", 1, 0).dep("root", -1, 1).dep("mark", 3, 2).dep("advcl", 1, 3).dep("obj", 3, 4)
        .dep("acl", 4, 5);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    Candidate march = new Candidate(1, -1, PloverType.PROTEST, "demo", null, "lexicon:march", false, false);
    List<String> seen = AcledSentence.withoutGrievance(g, march, AcledSentence.lemmas(g));
    assertThat(seen).containsExactly("protester", "march", "", "", "", "");
    assertThat(RULES.choose(PloverType.PROTEST, seen).map(AcledRules.Rule::label)).contains("PEACE_PROTEST");
  }

  @Test
  void raidsNamedOnlyAsTheCauseOfFlightAreADisplacement() {
    // a hand-made parse: flight with an oblique naming its cause
    ParseBuilder p = new ParseBuilder().toks("families/NNS/family", "fled/VBD/flee", "after/IN/after",
        "repeated/JJ/repeated", "raids/NNS/raid");
    p.dep("nsubj", 1, 0).dep("root", -1, 1).dep("case", 4, 2).dep("amod", 4, 3).dep("obl:after", 1, 4);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    Candidate raid = new Candidate(4, -1, PloverType.ASSAULT, null, null, "lexicon:raid", true, false);
    assertThat(AcledSentence.isDisplacement(g, raid, AcledSentence.lemmas(g))).isTrue();
    assertThat(AcledSentence.isDisplacement(g, raid, lemmas("family flee after raid that kill 20")))
        .isFalse();
  }

  @Test
  void aWeaponNamedInTheNextSentenceReplacesAGenericArmedClash() {
    Optional<AcledRules.Rule> r = AcledSentence.fromNeighbours(RULES, PloverType.ASSAULT, "ARMED_CLASH", false,
        lemmas("a patrol come under attack"), lemmas(" assailant throw a grenade at the patrol"));
    assertThat(r.map(AcledRules.Rule::label)).contains("GRENADE");
  }

  @Test
  void clashesBetweenPoliceAndProtestersInTheNextSentenceMakeTheRallyViolent() {
    Optional<AcledRules.Rule> r = AcledSentence.fromNeighbours(RULES, PloverType.PROTEST, "PEACE_PROTEST", false,
        lemmas("thousand of protester rally in the capital"),
        lemmas(" later protester clash with police"));
    assertThat(r.map(AcledRules.Rule::label)).contains("VIOL_DEMONSTR");
  }

  @Test
  void backgroundSentencesWithoutTheCrowdDoNotChangeAProtest() {
    Optional<AcledRules.Rule> r = AcledSentence.fromNeighbours(RULES, PloverType.PROTEST, "PEACE_PROTEST", false,
        lemmas("teacher protest over pay"), lemmas(" the union blame violence in school"));
    assertThat(r).isEmpty();
  }

  @Test
  void aLabelFixedByTheLexiconIsNeverReplacedByNeighbours() {
    assertThat(AcledSentence.fromNeighbours(RULES, PloverType.ASSAULT, "ATTACK", true, lemmas("gunman murder"),
        lemmas(" a bomb explode"))).isEmpty();
  }

  @Test
  void aPossibleAttackIsNoEventForAcled() {
    ParseBuilder p = new ParseBuilder().toks("against/IN/against", "a/DT/a", "possible/JJ/possible",
        "attack/NN/attack");
    p.dep("case", 3, 0).dep("det", 3, 1).dep("amod", 3, 2).dep("root", -1, 3);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    assertThat(AcledSentence.isHypothetical(g,
        new Candidate(3, -1, PloverType.ASSAULT, null, null, "lexicon:attack", true, false))).isTrue();
    assertThat(AcledSentence.isHypothetical(g,
        new Candidate(3, -1, PloverType.ASSAULT, null, null, "lexicon:attack", false, false))).isFalse();
  }
}
