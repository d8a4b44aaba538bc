package org.observatory.cli.event;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.config.DataPaths;
import org.observatory.eval.event.EventEvaluation;
import org.observatory.eval.event.GoldSets;
import org.observatory.extract.event.EventExtractor;
import org.observatory.extract.event.EventOntology;
import org.observatory.nlp.Annotator;
import org.observatory.service.Annotators;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code observatory eval events}: PLOVER type and CASE 2021 ACLED sub-type scores. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Score event coding on the PLOVER gold-standard records and CASE 2021 task 2.")
public final class EvalEventsCommand implements Callable<Integer> {

  @Option(names = "--data", description = "shared data directory (default ../shared/data or OBSERVATORY_DATA)")
  Path data;

  @Option(names = "--set", description = "plover, case or all (default all)")
  String set = "all";

  @Option(names = "--errors", description = "list every wrongly coded item")
  boolean errors;

  @Option(names = "--split", description = "all, dev or test: dev and test are the two halves by id hash "
      + "(error analysis is done on dev only; test stays held apart)")
  String split = "all";

  @Option(names = "--cache", description = "directory caching parses between runs (optional)")
  Path cache;

  @Override
  public Integer call() {
    Path dir = data == null ? DataPaths.defaultDataDir() : data;
    EventExtractor extractor = EventExtractor.standard(dir);
    EventOntology ontology = extractor.ontology();
    Annotator annotator = Annotators.full(cache);
    EventEvaluation eval = new EventEvaluation(annotator, extractor, ontology);
    if (!set.equals("case")) {
      System.out.println(eval.plover(GoldSets.split(GoldSets.plover(dir), split), GoldSets.ploverExcluded(dir)).render(errors));
    }
    if (!set.equals("plover")) {
      System.out.println(eval.acled(GoldSets.split(GoldSets.caseTask2(dir), split)).render(errors));
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalEventsCommand()).execute(args));
  }
}
