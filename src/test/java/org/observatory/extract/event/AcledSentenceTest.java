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
    ParseBuilder p = new ParseBuilder().toks("Bamako/NNP/Bamako", "March/NNP/March", "12/CD/12",
        "troops/NNS/troop", "marched/VBD/march");
    p.dep("root", -1, 0).dep("nmod:tmod", 0, 1).dep("nummod", 1, 2).dep("nsubj", 4, 3).dep("parataxis", 0, 4);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    assertThat(AcledSentence.lemmas(g)).containsExactly("bamako", "<month>", "12", "troop", "march");
  }

  @Test
  void theGrievanceOfAProtestIsHiddenFromItsCoding() {
    // protesters rallied to mourn demonstrators killed
    ParseBuilder p = new ParseBuilder().toks("protesters/NNS/protester", "rallied/VBD/rally", "to/TO/to",
        "mourn/VB/mourn", "demonstrators/NNS/demonstrator", "killed/VBN/kill");
    p.dep("nsubj", 1, 0).dep("root", -1, 1).dep("mark", 3, 2).dep("advcl", 1, 3).dep("obj", 3, 4)
        .dep("acl", 4, 5);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    Candidate rally = new Candidate(1, -1, PloverType.PROTEST, "demo", null, "lexicon:rally", false, false);
    List<String> seen = AcledSentence.withoutGrievance(g, rally, AcledSentence.lemmas(g));
    assertThat(seen).containsExactly("protester", "rally", "", "", "", "");
    assertThat(RULES.choose(PloverType.PROTEST, seen).map(AcledRules.Rule::label)).contains("PEACE_PROTEST");
  }

  @Test
  void attacksNamedOnlyAsTheCauseOfFlightAreADisplacement() {
    // people fled because of attacks
    ParseBuilder p = new ParseBuilder().toks("people/NNS/person", "fled/VBD/flee", "because/IN/because",
        "of/IN/of", "attacks/NNS/attack");
    p.dep("nsubj", 1, 0).dep("root", -1, 1).dep("case", 4, 2).dep("fixed", 2, 3).dep("obl:because_of", 1, 4);
    DepGraph g = new DepGraph(p.annotation().sentences().get(0));
    Candidate attack = new Candidate(4, -1, PloverType.ASSAULT, null, null, "lexicon:attack", true, false);
    assertThat(AcledSentence.isDisplacement(g, attack, AcledSentence.lemmas(g))).isTrue();
    assertThat(AcledSentence.isDisplacement(g, attack, lemmas("person flee because of attack that kill 20")))
        .isFalse();
  }

  @Test
  void aWeaponNamedInTheNextSentenceReplacesAGenericArmedClash() {
    Optional<AcledRules.Rule> r = AcledSentence.fromNeighbours(RULES, PloverType.ASSAULT, "ARMED_CLASH", false,
        lemmas("security force be hit by attack"), lemmas(" the attack be carry out with grenade"));
    assertThat(r.map(AcledRules.Rule::label)).contains("GRENADE");
  }

  @Test
  void clashesBetweenPoliceAndProtestersInTheNextSentenceMakeTheRallyViolent() {
    Optional<AcledRules.Rule> r = AcledSentence.fromNeighbours(RULES, PloverType.PROTEST, "PEACE_PROTEST", false,
        lemmas("protester stage rally across the country"),
        lemmas(" clash erupt between police and protester"));
    assertThat(r.map(AcledRules.Rule::label)).contains("VIOL_DEMONSTR");
  }

  @Test
  void backgroundSentencesWithoutTheCrowdDoNotChangeAProtest() {
    Optional<AcledRules.Rule> r = AcledSentence.fromNeighbours(RULES, PloverType.PROTEST, "PEACE_PROTEST", false,
        lemmas("lawyer take to the street to protest"), lemmas(" the board read stop violence"));
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
