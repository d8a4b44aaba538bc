package org.observatory.cli.time;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.eval.time.DocDateEval;
import org.observatory.eval.time.DocDateReport;
import org.observatory.nlp.Annotator;
import org.observatory.service.Annotators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval docdate DIR}: document-date inference with each file's DCT hidden. */
@Command(name = "docdate", mixinStandardHelpOptions = true,
    description = "Hide each TimeML file's DCT, infer the publication range from the text, and score it.")
public final class EvalDocDateCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "directory of .tml files (searched recursively)")
  Path dir;

  @Option(names = "--per-file", description = "print each file's true DCT and inferred range")
  boolean perFile;

  @Option(names = "--cache", description = "keep CoreNLP annotations in this directory between runs")
  Path cache;

  @Option(names = "--no-roles", description = "time expressions only: no actor stage, no dated-role evidence")
  boolean noRoles;

  @Option(names = "--data", description = "data directory holding events/cameo-dictionaries "
      + "(default: OBSERVATORY_DATA or ../shared/data)")
  Path data;

  @Override
  public Integer call() {
    Annotator annotator = Annotators.coreNlp(false, true, false, cache);
    Optional<ActorDictionary> dictionary = noRoles ? Optional.empty()
        : Optional.of(ActorDictionary.load(data != null ? data : Config.defaults().dataDir()));
    DocDateReport report = new DocDateEval(annotator, dictionary).run(dir);
    System.out.print(report.render(perFile));
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalDocDateCommand()).execute(args));
  }
}
