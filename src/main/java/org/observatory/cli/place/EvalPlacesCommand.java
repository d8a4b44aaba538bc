package org.observatory.cli.place;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.eval.CorpusHalf;
import org.observatory.eval.place.PlaceEvaluator;
import org.observatory.nlp.Annotator;
import org.observatory.service.Annotators;
import org.observatory.gazetteer.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval places FILE.xml [--limit N] [--errors]}: scores the places stage on LGL / GeoVirus XML. */
@Command(name = "places", description = "Evaluate place recognition and resolution on LGL/GeoVirus XML.",
    mixinStandardHelpOptions = true)
public final class EvalPlacesCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "corpus XML (LGL or GeoVirus format)")
  Path file;

  @Option(names = "--limit", description = "only the first N articles")
  int limit;

  @Option(names = "--errors", description = "list each miss, false alarm and far-off location with its sentence")
  boolean errors;

  @Option(names = "--index", description = "gazetteer index directory (default: HOME/gazetteer-index)")
  Path index;

  @Option(names = "--cache", description = "keep annotations as JSON in this directory (outside the repository) "
      + "and reuse them on later runs")
  Path cache;

  @Option(names = "--no-parse", description = "skip the dependency parser (faster; the place stage then cannot "
      + "tell a capital speaking from a capital as a place)")
  boolean noParse;

  @Option(names = "--half", description = "ALL, DEV or TEST: articles whose CRC-32 of the id is even (DEV) or odd")
  CorpusHalf half = CorpusHalf.ALL;

  @Override
  public Integer call() {
    Config c = Config.defaults();
    Gazetteer g = Gazetteer.open(c.dataDir().resolve("gazetteer"), index != null ? index : c.gazetteerIndex());
    Annotator annotator = Annotators.coreNlp(!noParse, false, true, cache);
    PlaceEvaluator ev = new PlaceEvaluator(g, annotator);
    System.out.print(ev.evaluate(file, limit, errors, half).render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalPlacesCommand()).execute(args));
  }
}
