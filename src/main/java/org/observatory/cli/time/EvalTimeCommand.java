package org.observatory.cli.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.eval.time.TimeEval;
import org.observatory.eval.time.TimeEvalReport;
import org.observatory.extract.time.TimeStage;
import org.observatory.eval.CorpusHalf;
import org.observatory.nlp.Annotator;
import org.observatory.service.Annotators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval time DIR}: TempEval-3 scores of the time stage on TimeML files. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Score time expressions on TimeML (.tml) files with TempEval-3 definitions.")
public final class EvalTimeCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "directory of .tml files (searched recursively)")
  Path dir;

  @Option(names = "--errors", description = "list misses, extras and wrong values with their sentence")
  boolean errors;

  @Option(names = "--per-file", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "print one line of scores per file after the overall scores (default; --no-per-file to omit)")
  boolean perFile;

  @Option(names = "--tagger",
      description = "candidate tagger: ${COMPLETION-CANDIDATES} (default HEIDELTIME, the product's default)")
  TimeStage.Tagger tagger = TimeStage.Tagger.HEIDELTIME;

  @Option(names = "--half", description = "score only one half of the files, split by the CRC-32 of the file name"
      + " (even: DEV, odd: TEST): ${COMPLETION-CANDIDATES} (default ALL)")
  CorpusHalf half = CorpusHalf.ALL;

  @Option(names = "--cache", description = "keep CoreNLP annotations in this directory between runs")
  Path cache;

  @Option(names = "--dump", paramLabel = "FILE",
      description = "write every produced time expression to FILE, one tab-separated line each (for diffing runs)")
  Path dump;

  @Override
  public Integer call() {
    Annotator annotator = Annotators.coreNlp(false, true, false, cache);
    List<String> lines = new ArrayList<>();
    TimeEvalReport report = new TimeEval(annotator, new TimeStage(tagger)).run(dir, errors, half, lines::add);
    if (dump != null) {
      try {
        Files.write(dump, lines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    System.out.print(report.render(perFile));
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalTimeCommand()).execute(args));
  }
}
