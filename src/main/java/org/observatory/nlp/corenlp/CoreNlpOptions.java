package org.observatory.nlp.corenlp;

/**
 * Which CoreNLP work to run.
 *
 * @param parse run the dependency parser (needed by event extraction)
 * @param sutime run SUTime inside NER (its TIMEX3 values become {@code Annotation.timexes()})
 * @param fineGrainedNer run CoreNLP's fine-grained NER rules (CITY, COUNTRY, TITLE, NATIONALITY, ...)
 */
public record CoreNlpOptions(boolean parse, boolean sutime, boolean fineGrainedNer) {

  public static CoreNlpOptions full() {
    return new CoreNlpOptions(true, true, true);
  }
}
