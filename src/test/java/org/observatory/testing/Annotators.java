package org.observatory.testing;

import org.observatory.nlp.Annotator;
import org.observatory.nlp.corenlp.CoreNlpAnnotator;
import org.observatory.nlp.corenlp.CoreNlpOptions;

/** One CoreNLP annotator per test JVM: loading it takes tens of seconds, so every *IT shares it. */
public final class Annotators {

  private Annotators() {}

  private static final class Holder {
    static final Annotator FULL = new CoreNlpAnnotator(CoreNlpOptions.full());
  }

  public static Annotator full() {
    return Holder.FULL;
  }
}
