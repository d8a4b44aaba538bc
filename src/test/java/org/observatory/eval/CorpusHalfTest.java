package org.observatory.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusHalfTest {

  @Test
  void everyFileIsInExactlyOneOfDevAndTestAndInAll() {
    for (String name : new String[] {"wsj_0585.tml", "APW19980818.0515.tml", "a.tml", "b.tml"}) {
      assertThat(CorpusHalf.ALL.contains(name)).isTrue();
      assertThat(CorpusHalf.DEV.contains(name)).isNotEqualTo(CorpusHalf.TEST.contains(name));
    }
  }

  @Test
  void theHalfFollowsTheParityOfTheCrc32OfTheName() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("wsj_0585.tml".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(CorpusHalf.DEV.contains("wsj_0585.tml")).isEqualTo(crc.getValue() % 2 == 0);
  }
}
