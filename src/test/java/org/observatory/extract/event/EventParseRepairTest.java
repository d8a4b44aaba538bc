package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.record.Event;
import org.observatory.record.Published;

/**
 * The two parse repairs, on hand-built copies of the parser's actual misparses (seed document, sentences "It came
 * after those positioned in the de-escalation zone failed to honor ..." and "... tied to the ... Party (PKK), which
 * has been seeking ...").
 */
class EventParseRepairTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);

  /** The parser's reading: "positioned" heads the after-clause with subject "those"; "failed" hangs as dep. */
  private static ParseBuilder cameAfter() {
    return new ParseBuilder()
        .toks("It/PRP/it", "came/VBD/come", "after/IN/after", "those/DT/that", "positioned/VBN/position", "in/IN/in",
            "the/DT/the", "zone/NN/zone", "failed/VBD/fail", "to/TO/to", "honor/VB/honor", "a/DT/a",
            "ceasefire/NN/ceasefire", "and/CC/and", "continued/VBD/continue", "to/TO/to", "target/VB/target",
            "civilian/JJ/civilian", "neighborhoods/NNS/neighborhood")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("nsubj", 14, 0).dep("nsubj:xsubj", 16, 0).dep("mark", 4, 2)
        .dep("nsubj", 4, 3).dep("advcl:after", 1, 4).dep("case", 7, 5).dep("det", 7, 6).dep("obl:in", 4, 7)
        .dep("dep", 1, 8).dep("mark", 10, 9).dep("xcomp", 8, 10).dep("det", 12, 11).dep("obj", 10, 12)
        .dep("cc", 14, 13).dep("conj:and", 1, 14).dep("mark", 16, 15).dep("xcomp", 14, 16).dep("amod", 18, 17)
        .dep("obj", 16, 18);
  }

  private static boolean has(Sentence s, String rel, int gov, int dep) {
    return s.dependencies().contains(new Dependency(rel, gov, dep));
  }

  @Test
  void aPastParticipleWithASubjectAndNoAuxiliaryBecomesAReducedRelativeOfThatSubject() {
    Sentence s = ParseRepair.repair(cameAfter().annotation().sentences().get(0));

    assertThat(has(s, "acl", 3, 4)).as("positioned modifies those").isTrue();
    assertThat(has(s, "nsubj", 8, 3)).as("those is the subject of failed").isTrue();
    assertThat(has(s, "advcl:after", 1, 8)).as("failed heads the after-clause").isTrue();
    assertThat(has(s, "mark", 8, 2)).isTrue();
    assertThat(has(s, "nsubj:xsubj", 10, 3)).as("honor shares the subject of failed").isTrue();
    assertThat(has(s, "conj:and", 8, 14)).as("continued coordinates with failed (late closure)").isTrue();
    assertThat(has(s, "nsubj", 14, 3)).isTrue();
    assertThat(has(s, "nsubj:xsubj", 16, 3)).isTrue();
    assertThat(has(s, "nsubj", 4, 3) || has(s, "dep", 1, 8) || has(s, "nsubj", 14, 0)).isFalse();
  }

  @Test
  void aParticipleWithAnAuxiliaryIsLeftAsTheParserReadIt() {
    ParseBuilder b = new ParseBuilder()
        .toks("It/PRP/it", "came/VBD/come", "after/IN/after", "troops/NNS/troop", "were/VBD/be",
            "positioned/VBN/position", "failed/VBD/fail")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("mark", 5, 2).dep("nsubj:pass", 5, 3).dep("aux:pass", 5, 4)
        .dep("advcl:after", 1, 5).dep("dep", 1, 6);
    Sentence before = b.annotation().sentences().get(0);

    assertThat(ParseRepair.repair(before).dependencies()).isEqualTo(before.dependencies());
  }

  @Test
  void itCameAfterThoseInTheZoneFailedToHonorAndContinuedToTargetGivesARejectAndAnAssaultByThem() {
    ParseBuilder b = cameAfter();
    List<Event> events = TestResources.extractor().extract(new EventContext(b.document(), b.annotation(), PUBLISHED,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

    assertThat(events).extracting(e -> e.type() + ":" + e.trigger().text())
        .containsExactly("REJECT:honor", "ASSAULT:target");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.modality()).isEqualTo("asserted");
      assertThat(e.actors()).filteredOn(a -> a.role().equals("source")).extracting(a -> a.text())
          .containsExactly("those positioned in the zone");
    });
  }

  @Test
  void aWhichClauseRightAfterAProperNameRelatesToThatName() {
    ParseBuilder b = new ParseBuilder()
        .toks("Ankara/NNP/Ankara/CITY", "views/VBZ/view", "the/DT/the", "YPG/NNP/YPG", "as/IN/as", "an/DT/a",
            "organization/NN/organization", "tied/VBN/tie", "to/IN/to", "the/DT/the",
            "Party/NNP/Party/ORGANIZATION", "(/-LRB-/(", "PKK/NNP/PKK/ORGANIZATION", ")/-RRB-/)", ",/,/,",
            "which/WDT/which", "has/VBZ/have", "been/VBN/be", "seeking/VBG/seek", "a/DT/a", "region/NN/region")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("obl:as", 1, 6)
        .dep("case", 6, 4).dep("det", 6, 5).dep("nsubj", 18, 6).dep("acl", 6, 7).dep("obl:to", 7, 10)
        .dep("case", 10, 8).dep("det", 10, 9).dep("punct", 10, 11).dep("dep", 10, 12).dep("punct", 10, 13)
        .dep("punct", 6, 14).dep("ref", 6, 15).dep("aux", 18, 16).dep("aux", 18, 17).dep("acl:relcl", 6, 18)
        .dep("obj", 18, 20).dep("det", 20, 19);

    Sentence s = ParseRepair.repair(b.annotation().sentences().get(0));
    List<Event> events = TestResources.extractor().extract(new EventContext(b.document(), b.annotation(), PUBLISHED,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

    assertThat(has(s, "acl:relcl", 10, 18)).isTrue();
    assertThat(has(s, "nsubj", 18, 10)).isTrue();
    assertThat(events).filteredOn(e -> e.trigger().text().equals("seeking")).singleElement()
        .satisfies(e -> assertThat(e.actors()).filteredOn(a -> a.role().equals("source"))
            .extracting(a -> a.text()).containsExactly("the Party"));
  }

  @Test
  void aWhichClauseAfterACommonNounKeepsTheParsersAntecedent() {
    ParseBuilder b = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "hold/VBP/hold", "the/DT/the", "town/NN/town", ",/,/,", "which/WDT/which",
            "lies/VBZ/lie")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("punct", 3, 4)
        .dep("ref", 3, 5).dep("nsubj", 6, 3).dep("acl:relcl", 3, 6);
    Sentence before = b.annotation().sentences().get(0);

    assertThat(ParseRepair.repair(before).dependencies()).isEqualTo(before.dependencies());
  }
}
