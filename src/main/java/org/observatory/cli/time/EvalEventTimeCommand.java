package org.observatory.cli.time;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.eval.CorpusHalf;
import org.observatory.eval.time.EventTimeEval;
import org.observatory.extract.time.TimeStage;
import org.observatory.service.Annotators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval event-time DIR}: which time expression dates each event, against TimeML's event-time links. */
@Command(name = "event-time", mixinStandardHelpOptions = true,
    description = "Score event dating on TimeML (.tml) files: for each EVENT the gold links to a DATE/TIME of its"
        + " sentence, is it dated by that expression?")
public final class EvalEventTimeCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "directory of .tml files (searched recursively)")
  Path dir;

  @Option(names = "--errors", description = "list each wrong or missing choice with its sentence")
  boolean errors;

  @Option(names = "--half", description = "score only one half of the files, split by the CRC-32 of the file name"
      + " (even: DEV, odd: TEST): ${COMPLETION-CANDIDATES} (default ALL)")
  CorpusHalf half = CorpusHalf.ALL;

  @Option(names = "--tagger",
      description = "candidate tagger: ${COMPLETION-CANDIDATES} (default HEIDELTIME, the product's default)")
  TimeStage.Tagger tagger = TimeStage.Tagger.HEIDELTIME;

  @Option(names = "--cache", description = "keep CoreNLP annotations (with parses) in this directory between runs")
  Path cache;

  @Override
  public Integer call() {
    EventTimeEval eval = new EventTimeEval(Annotators.coreNlp(true, true, false, cache), new TimeStage(tagger));
    System.out.print(eval.run(dir, errors, half).render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalEventTimeCommand()).execute(args));
  }
}
