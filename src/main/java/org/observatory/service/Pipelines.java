package org.observatory.service;

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
    TimeStage times = TimeStage.forConfig(config);
    return new Pipeline(List.of(
        new AnnotateStage(annotator.get()),
        new ActorStage(dictionary),
        new DocDateStage(dictionary),
        times,
        new PlaceStage(gazetteer),
        new QuoteStage(),
        new AttributionStage(),
        new AgreementStage(),
        events), new RecordAssembler());
  }
}
