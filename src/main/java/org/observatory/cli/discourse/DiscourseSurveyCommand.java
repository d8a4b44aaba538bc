package org.observatory.cli.discourse;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.config.DataPaths;
import org.observatory.corpus.NewsCorpus;
import org.observatory.eval.discourse.DiscourseSurvey;
import org.observatory.eval.discourse.SurveyReport;
import org.observatory.service.Annotators;
import org.observatory.service.Pipelines;
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
    DiscourseSurvey survey = new DiscourseSurvey(
        Pipelines.upToTimes(Config.defaults().withDataDir(dir), () -> Annotators.full(null)));
    SurveyReport report = survey.run(NewsCorpus.documents(dir, NewsCorpus.Source.GUARDIAN, skip, limit), samples);
    System.out.print(report.render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new DiscourseSurveyCommand()).execute(args));
  }
}
