package org.observatory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.observatory.config.Config;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.ActorStage;
import org.observatory.extract.agreement.AgreementStage;
import org.observatory.extract.attribution.AttributionStage;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.extract.event.EventStage;
import org.observatory.extract.place.PlaceStage;
import org.observatory.extract.quote.QuoteStage;
import org.observatory.extract.time.TimeStage;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.nlp.Annotator;
import org.observatory.nlp.corenlp.CoreNlpAnnotator;
import org.observatory.nlp.corenlp.CoreNlpOptions;
import org.observatory.pipeline.AnnotateStage;
import org.observatory.pipeline.Pipeline;
import org.observatory.pipeline.RecordAssembler;
import org.observatory.pipeline.Stage;

/**
 * Wires the standard pipeline: annotate, actors, docdate (PUBLISHED, which uses the actors' dated roles), times,
 * places, quotes, attribution, agreements, events. The only
 * place that knows every stage; each resource (models, gazetteer, dictionaries) is loaded once here.
 */
public final class Pipelines {

  private Pipelines() {}

  /**
   * Loads every model and resource once and returns the standard pipeline. Takes tens of seconds. Reference data
   * is loaded before CoreNLP, so missing data fails fast with a {@code DataMissingException}.
   */
  public static Pipeline standard(Config config) {
    return standard(config, () -> new CoreNlpAnnotator(new CoreNlpOptions(config.parse(), true, true)));
  }

  /** The standard pipeline around a given annotator (tests share one annotator per JVM). */
  public static Pipeline standard(Config config, Annotator annotator) {
    return standard(config, () -> annotator);
  }

  private static Pipeline standard(Config config, Supplier<Annotator> annotator) {
    ActorDictionary dictionary = ActorDictionary.load(config.dataDir());
    Gazetteer gazetteer = Gazetteer.open(config);
    EventStage events = new EventStage(config.dataDir());
    List<Stage> stages = new ArrayList<>(upToTimes(dictionary, config, annotator));
    stages.addAll(List.of(
        new PlaceStage(gazetteer),
        new QuoteStage(),
        new AttributionStage(),
        new AgreementStage(),
        events));
    return new Pipeline(stages, new RecordAssembler());
  }

  /**
   * The standard pipeline's first stages, annotate through times (annotation, actors, the publication date and
   * resolved times), for tools that need no places or events; opens no gazetteer. Takes seconds (the actor
   * dictionary) plus whatever {@code annotator} costs on first use.
   */
  public static List<Stage> upToTimes(Config config, Supplier<Annotator> annotator) {
    return upToTimes(ActorDictionary.load(config.dataDir()), config, annotator);
  }

  /** The first stages; the annotator is built last, after every reference file has loaded. */
  private static List<Stage> upToTimes(ActorDictionary dictionary, Config config, Supplier<Annotator> annotator) {
    TimeStage times = TimeStage.forConfig(config);
    return List.of(
        new AnnotateStage(annotator.get()),
        new ActorStage(dictionary),
        new DocDateStage(dictionary),
        times);
  }
}
