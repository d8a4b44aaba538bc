package org.observatory.service;

import java.nio.file.Path;
import org.observatory.nlp.Annotator;
import org.observatory.nlp.corenlp.CoreNlpAnnotator;
import org.observatory.nlp.corenlp.CoreNlpOptions;

/**
 * Annotators for work outside the standard pipeline (evaluations, surveys), so that commands never see CoreNLP
 * types. Each call loads CoreNLP anew (tens of seconds): call once per process.
 */
public final class Annotators {

  private Annotators() {}

  /**
   * A CoreNLP annotator.
   *
   * @param parse run the dependency parser
   * @param sutime run SUTime inside NER
   * @param fineGrainedNer run the fine-grained NER rules
   * @param cacheDir where to keep annotations between runs (evaluation only; never invalidated), or null for none
   */
  public static Annotator coreNlp(boolean parse, boolean sutime, boolean fineGrainedNer, Path cacheDir) {
    CoreNlpOptions options = new CoreNlpOptions(parse, sutime, fineGrainedNer);
    if (cacheDir == null) {
      return new CoreNlpAnnotator(options);
    }
    return new CachingAnnotator(() -> new CoreNlpAnnotator(options), "corenlp-4.5.10" + options, cacheDir);
  }

  /** Everything on (parser, SUTime, fine-grained NER), as the standard pipeline runs it. */
  public static Annotator full(Path cacheDir) {
    return coreNlp(true, true, true, cacheDir);
  }
}
