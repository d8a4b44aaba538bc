package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Event;
import org.observatory.record.Published;

class DemandStatementTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);

  private static List<Event> events(ParseBuilder b) {
    return TestResources.extractor().extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void concludingThatAnotherPartyMustActIsARequestByTheSubject() {
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "forum/NN/forum", "concluded/VBD/conclude", "that/IN/that", "donors/NNS/donor",
            "must/MD/must", "allocate/VB/allocate", "funds/NNS/fund")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("ccomp", 2, 6).dep("mark", 6, 3)
        .dep("nsubj", 6, 4).dep("aux", 6, 5).dep("obj", 6, 7);

    Event first = events(b).get(0);

    assertThat(first.type()).isEqualTo("REQUEST");
    assertThat(first.trigger().text()).isEqualTo("concluded");
    assertThat(first.provenance().rule()).contains("pattern:demand-statement");
  }

  @Test
  void aLightVerbWithoutAnEventNounCarriesTheDemandOfItsComplement() {
    ParseBuilder b = new ParseBuilder()
        .toks("Paris/NNP/Paris", "issued/VBD/issue", "a/DT/a", "reminder/NN/reminder", "that/IN/that", "Iraq/NNP/Iraq",
            "should/MD/should", "cooperate/VB/cooperate")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("ccomp", 1, 7)
        .dep("mark", 7, 4).dep("nsubj", 7, 5).dep("aux", 7, 6);

    assertThat(events(b)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("REQUEST");
      assertThat(e.trigger().text()).isEqualTo("issued");
    });
  }

  @Test
  void aComplementWithoutObligationIsNoDemand() {
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "forum/NN/forum", "concluded/VBD/conclude", "that/IN/that", "donors/NNS/donor",
            "allocated/VBD/allocate", "funds/NNS/fund")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("ccomp", 2, 5).dep("mark", 5, 3)
        .dep("nsubj", 5, 4).dep("obj", 5, 6);

    assertThat(events(b)).noneMatch(e -> e.type().equals("REQUEST"));
  }
}
