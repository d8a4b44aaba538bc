package org.observatory.cli.merge;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.eval.merge.MergeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench merge}: cost of merging while storing, on a seeded synthetic corpus. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Time Store.put with cross-document merging on a synthetic corpus and check it against batch"
        + " clustering.")
public final class MergeBenchCommand implements Callable<Integer> {

  @Option(names = "--documents", defaultValue = "2000", description = "Documents to store (default: ${DEFAULT-VALUE}).")
  int documents;

  @Option(names = "--events", defaultValue = "3", description = "Events per document (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dir", defaultValue = "target/merge-bench", description = "Where the store goes.")
  Path dir;

  @Override
  public Integer call() {
    System.out.print(new MergeBenchmark().run(dir, documents, events, seed).render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new MergeBenchCommand()).execute(args));
  }
}
