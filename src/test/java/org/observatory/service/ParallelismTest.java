package org.observatory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.observatory.core.ConfigException;

class ParallelismTest {

  @Test
  void everyProcessorGetsAThreadWhenTheHeapHoldsThem() {
    assertThat(Parallelism.fit(2, 5120)).isEqualTo(2);
  }

  @Test
  void aSmallHeapCapsTheThreadsButNeverBelowOne() {
    long oneWorker = Parallelism.PIPELINE_HEAP_MB + Parallelism.WORKER_HEAP_MB;
    assertThat(Parallelism.fit(8, oneWorker + Parallelism.WORKER_HEAP_MB - 1)).isEqualTo(1);
    assertThat(Parallelism.fit(8, 512)).isEqualTo(1);
  }

  @Test
  void anExplicitCountIsKeptAndZeroIsRefused() {
    assertThat(Parallelism.threads(3)).isEqualTo(3);
    assertThatThrownBy(() -> Parallelism.threads(0)).isInstanceOf(ConfigException.class);
  }
}
