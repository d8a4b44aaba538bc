package org.observatory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {

  private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

  @Test
  void noMoreThanTwiceTheThreadsItemsAreEverInFlight() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Integer> delivered = new ArrayList<>();

    OrderedBatch.run(ITEMS, 3, i -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      pause(i % 3);
      return i * 10;
    }, (i, r) -> {
      inFlight.decrementAndGet();
      delivered.add(r);
      pause(2);
    });

    assertThat(most.get()).isBetween(2, 6);
    assertThat(delivered).isEqualTo(ITEMS.stream().map(i -> i * 10).toList());
  }

  @Test
  void anExceptionFromTheWorkIsRethrownAfterTheResultsBeforeIt() {
    List<Integer> delivered = new ArrayList<>();

    assertThatThrownBy(() -> OrderedBatch.run(ITEMS, 2, i -> {
      if (i == 5) {
        throw new IllegalStateException("item 5");
      }
      return i;
    }, (i, r) -> delivered.add(r))).isInstanceOf(IllegalStateException.class).hasMessage("item 5");
    assertThat(delivered).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void oneThreadRunsEverythingOnTheCallingThread() {
    List<Thread> workers = new ArrayList<>();

    OrderedBatch.run(ITEMS, 1, i -> workers.add(Thread.currentThread()), (i, r) -> { });

    assertThat(workers).hasSize(ITEMS.size()).containsOnly(Thread.currentThread());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
