package org.observatory.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusHalfTest {

  @Test
  void everyFileIsInExactlyOneOfDevAndTestAndInAll() {
    for (String name : new String[] {"wsj_0585.tml", "APW19980818.0515.tml", "a.tml", "b.tml"}) {
      assertThat(CorpusHalf.ALL.accepts(name)).isTrue();
      assertThat(CorpusHalf.DEV.accepts(name)).isNotEqualTo(CorpusHalf.TEST.accepts(name));
    }
  }

  @Test
  void theHalfFollowsTheParityOfTheCrc32OfTheName() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("wsj_0585.tml".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(CorpusHalf.DEV.accepts("wsj_0585.tml")).isEqualTo(crc.getValue() % 2 == 0);
  }
}
