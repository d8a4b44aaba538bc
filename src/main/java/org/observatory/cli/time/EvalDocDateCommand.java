package org.observatory.cli.time;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.corpus.NewsCorpus;
import org.observatory.eval.CorpusHalf;
import org.observatory.extract.time.DocDateInference;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.eval.time.DocDateEval;
import org.observatory.eval.time.DocDateReport;
import org.observatory.nlp.Annotator;
import org.observatory.service.Annotators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval docdate DIR}: document-date inference with each file's DCT hidden. */
@Command(name = "docdate", mixinStandardHelpOptions = true,
    description = "Hide each TimeML file's DCT (or each news article's date, --news), infer the publication "
        + "range from the text, and score it.")
public final class EvalDocDateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", description = "directory of .tml files (searched recursively); "
      + "omit with --news")
  Path dir;

  @Option(names = "--news", split = ",", description = "instead of TimeML files, the dated articles of the shared "
      + "news corpora: GUARDIAN, FAKES (their date column hidden; never used to fit anything)")
  List<NewsCorpus.Source> news;

  @Option(names = "--per-file", description = "print each file's true DCT and inferred range")
  boolean perFile;

  @Option(names = "--cache", description = "keep CoreNLP annotations in this directory between runs")
  Path cache;

  @Option(names = "--no-roles", description = "time expressions only: no actor stage, no dated-role evidence")
  boolean noRoles;

  @Option(names = "--data", description = "data directory holding events/cameo-dictionaries "
      + "(default: OBSERVATORY_DATA or ../shared/data)")
  Path data;

  @Option(names = "--half", description = "score only one half of the files, split by the CRC-32 of the file name"
      + " or, with --news, of the article origin (fakes:12) (ALL, DEV, TEST; default ALL)")
  CorpusHalf half = CorpusHalf.ALL;

  @Option(names = "--lag-days", split = ",", description = "lag window(s) of the likely range in days (default: "
      + "the fitted DocDateInference.LAG_DAYS); several values print one summary line each, for fitting on DEV")
  List<Integer> lagDays;

  @Override
  public Integer call() {
    Annotator annotator = Annotators.coreNlp(false, true, false, cache);
    Optional<ActorDictionary> dictionary = noRoles ? Optional.empty()
        : Optional.of(ActorDictionary.load(data != null ? data : Config.defaults().dataDir()));
    List<Integer> lags = lagDays == null || lagDays.isEmpty() ? List.of(DocDateInference.LAG_DAYS) : lagDays;
    DocDateEval eval = new DocDateEval(annotator, dictionary);
    List<DocDateReport> reports;
    if (news != null && !news.isEmpty()) {
      Path dataDir = data != null ? data : Config.defaults().dataDir();
      reports = eval.run(DocDateEval.news(dataDir, news).stream().filter(t -> half.contains(t.name())).toList(),
          "news " + half.name(), lags);
    } else if (dir != null) {
      reports = eval.run(dir, half, lags);
    } else {
      throw new ParameterException(spec.commandLine(), "give a directory of .tml files or --news GUARDIAN,FAKES");
    }
    if (reports.size() == 1) {
      System.out.print(reports.get(0).render(perFile));
    } else {
      reports.forEach(r -> System.out.println(r.summary()));
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new EvalDocDateCommand()).execute(args));
  }
}
