package org.observatory.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Actor;

class ActorIndexTest {

  private static Actor actor(String text, int start, String canonical, String sector) {
    return new Actor(text, start, start + text.length(), canonical, null, "TUR", sector, null,
        Provenance.of("actors", "test", new Span(start, start + text.length())));
  }

  private final Actor turkey = actor("Turkey", 0, "Turkey", "government");
  private final Actor forces = actor("Turkish military forces", 20, "Turkey", "military");
  private final ActorIndex index = new ActorIndex(List.of(forces, turkey));

  @Test
  void coveringFindsTheMentionContainingATokenSpan() {
    assertThat(index.covering(new Span(28, 36))).contains(forces);
    assertThat(index.at(3)).contains(turkey);
    assertThat(index.at(10)).isEmpty();
  }

  @Test
  void mentionsOfAnIdentityIncludeEverySectorInTextOrder() {
    assertThat(index.mentionsOf(ActorIndex.identity(forces))).containsExactly(turkey, forces);
    assertThat(ActorIndex.sameActor(turkey, forces)).isTrue();
    assertThat(ActorIndex.sameAgency(turkey, forces)).isFalse();
  }

  @Test
  void withinListsMentionsInsideASpan() {
    assertThat(index.within(new Span(15, 60))).containsExactly(forces);
  }
}
