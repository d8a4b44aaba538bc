package org.observatory.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.bench.PipelineBenchmark;
import org.observatory.config.Config;
import org.observatory.document.Document;
import org.observatory.service.ObservatoryService;
import org.observatory.service.Parallelism;
import org.observatory.cli.merge.MergeBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observatory bench}: time per pipeline stage on real news articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure the pipeline's time per document and each stage's share, on the shared news corpora "
        + "(subcommands measure single components).",
    subcommands = {MergeBenchCommand.class, PlacesBenchCommand.class})
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--documents", paramLabel = "N", defaultValue = "40", description = "Documents to measure.")
  int documents;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "5", description = "Documents run first, unmeasured.")
  int warmup;

  @Option(names = "--threads", paramLabel = "N",
      description = "Measure the batch path (documents per second) on N worker threads instead of the time per stage.")
  Integer threads;

  @Override
  public Integer call() {
    Config config = common.config();
    ObservatoryService service = new ObservatoryService(config);
    if (threads != null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(service.benchmarkBatch(documents, warmup, Parallelism.threads(threads)).render());
      out.flush();
      return ExitCodes.OK;
    }
    List<Document> docs = service.benchmarkCorpus(documents);
    PipelineBenchmark.Report report = new PipelineBenchmark().run(service.pipeline(), docs, warmup);
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.render());
    out.flush();
    return ExitCodes.OK;
  }
}
