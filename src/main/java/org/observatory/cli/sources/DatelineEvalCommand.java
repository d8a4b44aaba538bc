package org.observatory.cli.sources;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.config.DataPaths;
import org.observatory.eval.sources.DatelineEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval datelines}: dateline coverage and precision on the shared news corpora. */
@Command(name = "datelines", mixinStandardHelpOptions = true,
    description = "Measure publication dates read from datelines against news corpora with known dates.")
public final class DatelineEvalCommand implements Callable<Integer> {

  @Option(names = "--data", description = "shared data directory (default: ${DEFAULT-VALUE})")
  Path data = DataPaths.defaultDataDir();

  @Override
  public Integer call() {
    System.out.print(new DatelineEval().run(data).render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new DatelineEvalCommand()).execute(args));
  }
}
