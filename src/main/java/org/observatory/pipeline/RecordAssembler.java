package org.observatory.pipeline;

import java.util.List;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.DocumentInfo;
import org.observatory.record.Entity;
import org.observatory.record.Place;
import org.observatory.record.Published;

/** Builds the immutable {@link AnalysisRecord} from a finished state; absent optional slots become empty lists. */
public final class RecordAssembler {

  private static final Set<String> RETYPABLE = Set.of("PERSON", "MISC");

  public AnalysisRecord assemble(AnalysisState state) {
    Document d = state.document();
    Published published = state.find(Slot.PUBLISHED).orElseGet(() -> given(d));
    DocumentInfo info = new DocumentInfo(d.id(), d.title(), d.outlet(), d.tagline(), d.url(), d.text(), published,
        d.citations(), d.origin());
    List<Place> places = state.find(Slot.PLACES).orElse(List.of());
    List<Entity> entities = state.find(Slot.ANNOTATION).map(a -> entities(a, places)).orElse(List.of());
    return new AnalysisRecord(AnalysisRecord.SCHEMA, info, entities,
        state.find(Slot.TIMES).orElse(List.of()),
        places,
        state.find(Slot.ACTORS).orElse(List.of()),
        state.find(Slot.QUOTES).orElse(List.of()),
        state.find(Slot.EVENTS).orElse(List.of()),
        state.find(Slot.AGREEMENTS).orElse(List.of()),
        d.externalId());
  }

  /** The publication date as the document itself gives it, before any inference. */
  public static Published given(Document d) {
    if (d.published() == null) {
      return Published.unknown();
    }
    return Published.given(d.published().toString(), d.publishedSource());
  }

  /**
   * The annotator's entities, reconciled with the place stage: a PERSON or MISC mention that lies inside a
   * recognised place mention ("Kafr Lusin" in "Kafr Lusin border crossing") is a LOCATION.
   */
  static List<Entity> entities(Annotation a, List<Place> places) {
    return a.entities().stream()
        .map(m -> new Entity(m.text(), m.span().start(), m.span().end(), reconciledType(m, places)))
        .toList();
  }

  private static String reconciledType(EntityMention m, List<Place> places) {
    if (!RETYPABLE.contains(m.type())) {
      return m.type();
    }
    boolean insidePlace = places.stream().anyMatch(p -> Span.of(p.start(), p.end()).contains(m.span()));
    return insidePlace ? "LOCATION" : m.type();
  }
}
