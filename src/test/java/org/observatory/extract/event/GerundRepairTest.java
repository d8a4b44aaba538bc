package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;

/**
 * The gerund repair, on hand-built copies of CoreNLP 4.5.10's actual parses of invented sentences: "Regime shelling
 * killed five civilians" (shelling/VBG as the passive auxiliary of killed/VBN, Regime its passive subject) and
 * "Turkish-backed rebel shelling killed five civilians" (rebel and shelling/VBG both subjects of killed).
 */
class GerundRepairTest {

  private static boolean has(Sentence s, String rel, int gov, int dep) {
    return s.dependencies().contains(new Dependency(rel, gov, dep));
  }

  @Test
  void aGerundReadAsPassiveAuxiliaryIsTheSubjectNounAndTheNounBeforeItsModifier() {
    Sentence s = ParseRepair.repair(new ParseBuilder()
        .toks("Regime/NNP/Regime", "shelling/VBG/shell", "killed/VBN/kill", "five/CD/five", "civilians/NNS/civilian")
        .dep("root", -1, 2).dep("nsubj:pass", 2, 0).dep("aux:pass", 2, 1).dep("nummod", 4, 3).dep("obj", 2, 4)
        .annotation().sentences().get(0));

    assertThat(has(s, "nsubj", 2, 1)).as("shelling is the subject of killed").isTrue();
    assertThat(has(s, "compound", 1, 0)).as("Regime modifies shelling").isTrue();
    assertThat(has(s, "nsubj:pass", 2, 0)).isFalse();
    assertThat(s.tokens().get(1).pos()).isEqualTo("NN");
    assertThat(s.tokens().get(1).lemma()).isEqualTo("shelling");
    assertThat(s.tokens().get(2).pos()).isEqualTo("VBD");
  }

  @Test
  void aGerundBesideAnotherSubjectIsTheSubjectNoun() {
    Sentence s = ParseRepair.repair(new ParseBuilder()
        .toks("rebel/NN/rebel", "shelling/VBG/shell", "killed/VBD/kill", "five/CD/five", "civilians/NNS/civilian")
        .dep("root", -1, 2).dep("nsubj", 2, 0).dep("nsubj", 2, 1).dep("nummod", 4, 3).dep("obj", 2, 4)
        .annotation().sentences().get(0));

    assertThat(has(s, "nsubj", 2, 1)).isTrue();
    assertThat(has(s, "nsubj", 2, 0)).isFalse();
    assertThat(has(s, "compound", 1, 0)).isTrue();
  }

  @Test
  void aRealPassiveAuxiliaryIsLeftAlone() {
    Sentence before = new ParseBuilder()
        .toks("Civilians/NNS/civilian", "being/VBG/be", "killed/VBN/kill")
        .dep("root", -1, 2).dep("nsubj:pass", 2, 0).dep("aux:pass", 2, 1)
        .annotation().sentences().get(0);

    assertThat(ParseRepair.repair(before)).isEqualTo(before);
  }
}
