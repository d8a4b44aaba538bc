package org.observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.bench.PlaceResolutionBench;
import org.observatory.config.Config;
import org.observatory.gazetteer.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code observatory bench places}: toponym resolution speed with the gazetteer opened once. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Toponyms resolved per second on one thread (gold toponyms of a geoparsing corpus; no NLP).")
public final class PlacesBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Parameters(arity = "0..1", paramLabel = "CORPUS.xml", description = "LGL or GeoVirus XML (default: LGL).")
  Path corpus;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "How long to measure.")
  double seconds;

  @Override
  public Integer call() {
    Config c = common.config();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.open(c);
    double open = (System.nanoTime() - t0) / 1e9;
    Path file = corpus != null ? corpus : c.dataDir().resolve("places/lgl.xml");
    PrintWriter out = spec.commandLine().getOut();
    out.print(PlaceResolutionBench.run(g, open, file, seconds).render());
    out.flush();
    return ExitCodes.OK;
  }
}
