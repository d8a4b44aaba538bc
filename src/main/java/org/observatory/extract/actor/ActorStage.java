package org.observatory.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.observatory.core.Provenance;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Actor;

/**
 * Adds {@link Slot#ACTORS}: every mention that can act or be acted upon, with its canonical actor, country (ISO
 * alpha-3), sector, CAMEO-style code and, for persons, title. Country mentions used as places ("in Syria", "the
 * Syrian territory") are left to the places stage. Dated dictionary roles are read on the document's given date
 * ({@link Document#published()}), else each actor's current role: this stage runs before the document-date stage,
 * which uses the actors it finds. Immutable and thread-safe.
 */
public final class ActorStage implements Stage {

  /** Stage name used in provenance. */
  public static final String NAME = "actors";

  private final MentionFinder finder;
  private final Composer composer;
  private final MovementOwner movement;

  /** @param dictionary the loaded dictionary (see {@link ActorDictionary#load}), never null */
  public ActorStage(ActorDictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.finder = new MentionFinder(dictionary);
    this.composer = new Composer(dictionary);
    this.movement = new MovementOwner(dictionary);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.ACTORS);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    Document d = state.document();
    return state.with(Slot.ACTORS, actors(d, state.get(Slot.ANNOTATION), d.published()));
  }

  /** The actors of an annotated text, roles read on {@code date} (null: current roles). */
  public List<Actor> actors(Document document, Annotation annotation, LocalDate date) {
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      List<Word> words = Words.of(s);
      List<EntityMention> entities = annotation.entities().stream().filter(e -> e.sentence() == s.index()).toList();
      drafts.addAll(movement.apply(s, composer.compose(words, finder.find(words, entities), date)));
    }
    String text = document.text();
    return DocumentResolver.resolve(drafts).stream().map(d -> toActor(d, text)).toList();
  }

  private static Actor toActor(Draft d, String text) {
    return new Actor(d.span().of(text), d.span().start(), d.span().end(), d.canonical(), d.code(), d.country(),
        d.sector(), d.title(), Provenance.of(NAME, d.rule(), d.span()));
  }
}
