package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences: a perfect infinitive after a verb of knowing is past, "had to" and "were to have" are due, and
 * a noun the event hangs from as a relative clause or participle ("forces that seized") lends it no modality.
 */
class PastInfinitiveModalityTest {

  private static String modality(ParseBuilder b, int token) {
    DepGraph g = new DepGraph(b.annotation().sentences().get(0));
    Candidate c = new Candidate(token, -1, null, null, null, "test", false, false);
    return new ModalityFinder().find(g, c, token, List.of());
  }

  @Test
  void killedInKnownToHaveBeenKilledIsAssertedNotAnObligation() {
    ParseBuilder b = new ParseBuilder().toks("People/NNS/people", "are/VBP/be", "known/VBN/know", "to/TO/to",
        "have/VB/have", "been/VBN/be", "killed/VBN/kill")
        .dep("root", -1, 2).dep("nsubj:pass", 2, 0).dep("aux:pass", 2, 1).dep("xcomp", 2, 6).dep("mark", 6, 3)
        .dep("aux", 6, 4).dep("aux:pass", 6, 5);
    assertThat(modality(b, 6)).isEqualTo(ModalityFinder.ASSERTED);
  }

  @Test
  void hadToWithdrawIsAnObligationEvenWhenTheParserMakesHadAnAuxiliary() {
    ParseBuilder b = new ParseBuilder().toks("Groups/NNS/group", "had/VBD/have", "to/TO/to", "withdraw/VB/withdraw")
        .dep("root", -1, 3).dep("nsubj", 3, 0).dep("aux", 3, 1).dep("mark", 3, 2);
    assertThat(modality(b, 3)).isEqualTo(ModalityFinder.OBLIGATION);
  }

  @Test
  void wereToHaveWithdrawnIsAnObligation() {
    ParseBuilder b = new ParseBuilder().toks("Groups/NNS/group", "were/VBD/be", "to/TO/to", "have/VB/have",
        "withdrawn/VBN/withdraw")
        .dep("root", -1, 4).dep("nsubj:pass", 4, 0).dep("aux:pass", 4, 1).dep("mark", 4, 2).dep("aux", 4, 3);
    assertThat(modality(b, 4)).isEqualTo(ModalityFinder.OBLIGATION);
  }

  @Test
  void aRelativeClauseOfTheNounForcesIsNoObligation() {
    ParseBuilder b = new ParseBuilder().toks("Troops/NNS/troop", "fought/VBD/fight", "forces/NNS/force",
        "that/WDT/that", "seized/VBD/seize", "towns/NNS/town")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2).dep("acl:relcl", 2, 4).dep("nsubj", 4, 3)
        .dep("obj", 4, 5);
    assertThat(modality(b, 4)).isEqualTo(ModalityFinder.ASSERTED);
  }

  @Test
  void aPlanToWithdrawStillMakesTheWithdrawalPlanned() {
    ParseBuilder b = new ParseBuilder().toks("They/PRP/they", "made/VBD/make", "a/DT/a", "plan/NN/plan",
        "to/TO/to", "withdraw/VB/withdraw")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("acl", 3, 5)
        .dep("mark", 5, 4);
    assertThat(modality(b, 5)).isEqualTo(ModalityFinder.PLANNED);
  }
}
