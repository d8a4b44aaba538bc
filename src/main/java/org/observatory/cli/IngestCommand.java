package org.observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.service.AnalysisOutcome;
import org.observatory.service.IngestSummary;
import org.observatory.service.ObservatoryService;
import org.observatory.service.Parallelism;
import org.observatory.source.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code observatory ingest PATH...}: analyse and store documents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse documents and store them and their events (one transaction per document; "
        + "a document already stored is left unchanged).")
public final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories; - reads standard input.")
  List<String> inputs;

  @Option(names = "--db", paramLabel = "FILE", description = "Store file (default: <home>/observatory.db).")
  Path db;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input: auto, text, html or jsonl.")
  String inputFormat;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The document date for every input.")
  String date;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar (default: when standard error is a terminal).")
  Boolean progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads analysing documents (default: one per processor, as far as the heap allows).")
  Integer threads;

  @Override
  public Integer call() {
    Config config = common.config();
    Path store = db != null ? db : config.defaultDb();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress != null ? progress : System.console() != null;
    ProgressBar bar = new ProgressBar(err, showProgress);
    IngestSummary s = new ObservatoryService(config).ingest(inputs, InputFormat.parse(inputFormat),
        CommonOptions.date("--date", date), store, Parallelism.threads(threads), bar);
    bar.finish();
    for (AnalysisOutcome.Failed f : s.failures()) {
      err.println("observatory: error: " + f.error().getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("stored %d document(s) with %d event(s); %d unchanged; %d failed; store %s%n", s.stored(), s.events(),
        s.unchanged(), s.failures().size(), store);
    out.flush();
    err.flush();
    return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
