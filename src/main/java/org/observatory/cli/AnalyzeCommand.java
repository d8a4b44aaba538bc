package org.observatory.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.json.Json;
import org.observatory.pipeline.PipelineResult;
import org.observatory.record.AnalysisRecord;
import org.observatory.pipeline.StageTiming;
import org.observatory.render.TextReport;
import org.observatory.service.AnalysisOutcome;
import org.observatory.service.ObservatoryService;
import org.observatory.service.Parallelism;
import org.observatory.source.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code observatory analyze FILE...}: analyse documents and print their records. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse text, HTML or JSON Lines inputs and print the analysis record.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to analyse; - reads standard input.")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text (a readable report), json (the full record; an array for several documents), jsonl (one record a line).")
  String format;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input: auto, text, html or jsonl.")
  String inputFormat;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The document date (publication date).")
  String date;

  @Option(names = {"-v", "--verbose"}, description = "Report time per pipeline stage on standard error.")
  boolean verbose;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads analysing documents (default: one per processor, as far as the heap allows).")
  Integer threads;

  @Override
  public Integer call() {
    OutputFormat out = OutputFormat.parse(format);
    ObservatoryService service = new ObservatoryService(common.config());
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Printer printer = new Printer(out, stdout);
    int[] failed = {0};
    long t0 = System.nanoTime();
    service.analyze(inputs, InputFormat.parse(inputFormat), CommonOptions.date("--date", date),
        Parallelism.threads(threads), outcome -> {
      if (outcome instanceof AnalysisOutcome.Failed f) {
        failed[0]++;
        stderr.println("observatory: error: " + f.error().getMessage());
        stderr.flush();
      } else {
        PipelineResult r = ((AnalysisOutcome.Analysed) outcome).result();
        printer.print(r);
        if (verbose) {
          timings(stderr, outcome.origin(), r.timings());
        }
      }
    });
    printer.finish();
    if (verbose) {
      stderr.printf("total %.0f ms (including model loading)%n", (System.nanoTime() - t0) / 1e6);
    }
    stderr.flush();
    return failed[0] == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  private static void timings(PrintWriter err, String origin, List<StageTiming> timings) {
    double total = timings.stream().mapToDouble(StageTiming::millis).sum();
    err.printf("%s: %.0f ms%n", origin, total);
    for (StageTiming t : timings) {
      err.printf("  %-12s %8.1f ms  %5.1f%%%n", t.stage(), t.millis(), total == 0 ? 0 : 100 * t.millis() / total);
    }
  }

  /** Prints records as they come; for JSON with several documents, an array. */
  private static final class Printer {
    private final OutputFormat format;
    private final PrintWriter out;
    private final TextReport text = new TextReport();
    private final List<AnalysisRecord> json = new ArrayList<>();
    private int count;

    Printer(OutputFormat format, PrintWriter out) {
      this.format = format;
      this.out = out;
    }

    void print(PipelineResult r) {
      switch (format) {
        case TEXT -> {
          if (count > 0) {
            out.println();
            out.println("=".repeat(100));
          }
          out.print(text.render(r.record()));
        }
        case JSONL -> out.println(Json.compact(r.record()));
        case JSON -> json.add(r.record());
      }
      count++;
      out.flush();
    }

    /** JSON output is an object for one document and an array for several: decided once all are printed. */
    void finish() {
      if (format == OutputFormat.JSON && !json.isEmpty()) {
        out.println(Json.pretty(json.size() == 1 ? json.get(0) : json));
      }
      out.flush();
    }
  }
}
