package org.observatory.cli.discourse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.corpus.NewsCorpus;
import org.observatory.config.DataPaths;
import org.observatory.eval.discourse.DiscourseSurvey;
import org.observatory.eval.discourse.SurveyReport;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.extract.time.TimeStage;
import org.observatory.service.Annotators;
import org.observatory.pipeline.AnnotateStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code discourse-survey}: quotes, source chains and agreements counted on the shared news corpora. */
@Command(name = "discourse-survey", mixinStandardHelpOptions = true,
    description = "Count quotes, source chains and agreements on real articles; print samples to check by hand.")
public final class DiscourseSurveyCommand implements Callable<Integer> {

  @Option(names = "--limit", defaultValue = "20", description = "Number of articles (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--skip", defaultValue = "0", description = "Articles to skip first (default ${DEFAULT-VALUE}).")
  int skip;

  @Option(names = "--samples", defaultValue = "15", description = "Sample lines per kind (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--data", description = "Shared data directory (default ../shared/data or OBSERVATORY_DATA).")
  Path data;

  @Override
  public Integer call() {
    Path dir = data != null ? data : DataPaths.defaultDataDir();
    ActorDictionary dictionary = ActorDictionary.load(dir);
    DiscourseSurvey survey = new DiscourseSurvey(List.of(
        new AnnotateStage(Annotators.full(null)),
        new ActorStage(dictionary),
        new DocDateStage(dictionary),
        new TimeStage()));
    SurveyReport report = survey.run(NewsCorpus.documents(dir, NewsCorpus.Source.GUARDIAN, skip, limit), samples);
    System.out.print(report.render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new DiscourseSurveyCommand()).execute(args));
  }
}
