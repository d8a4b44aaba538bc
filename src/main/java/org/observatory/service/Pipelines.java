package org.observatory.service;

import java.util.ArrayList;
import java.util.List;
import org.observatory.config.Config;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.nlp.Annotator;
import org.observatory.nlp.corenlp.CoreNlpAnnotator;
import org.observatory.nlp.corenlp.CoreNlpOptions;
import org.observatory.pipeline.AnnotateStage;
import org.observatory.pipeline.Pipeline;
import org.observatory.pipeline.RecordAssembler;
import org.observatory.pipeline.Stage;

/** Wires the standard pipeline: annotate, times, places, actors, quotes, attribution, agreements, events. */
public final class Pipelines {

  private Pipelines() {}

  /** Loads every model and resource once and returns the standard pipeline. Takes tens of seconds. */
  public static Pipeline standard(Config config) {
    Annotator annotator = new CoreNlpAnnotator(new CoreNlpOptions(config.parse(), true, true));
    return standard(config, annotator);
  }

  /** The standard pipeline around a given annotator (tests share one annotator per JVM). */
  public static Pipeline standard(Config config, Annotator annotator) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new AnnotateStage(annotator));
    stages.add(new ActorStage(ActorDictionary.load(config.dataDir())));
    return new Pipeline(stages, new RecordAssembler());
  }
}
