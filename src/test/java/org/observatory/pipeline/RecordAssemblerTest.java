package org.observatory.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.record.Entity;
import org.observatory.record.Place;

class RecordAssemblerTest {

  private static final String TEXT = "The column entered through Kafr Lusin border crossing, Ahmad Khalil said.";

  private static EntityMention mention(String text, String type) {
    int start = TEXT.indexOf(text);
    return new EntityMention(Span.of(start, start + text.length()), text, type, 0);
  }

  private static Place place(String text) {
    int start = TEXT.indexOf(text);
    return new Place(text, start, start + text.length(), "Idlib", null, 35.9, 36.6, "SY", "Idlib", "ADM1",
        "admin1", false, null, "not in gazetteer", Provenance.of("places", "pattern:crossing", null));
  }

  @Test
  void aPersonMentionInsideARecognisedPlaceBecomesALocation() {
    Annotation a = new Annotation(List.of(), List.of(mention("Kafr Lusin", "PERSON")), List.of());
    List<Entity> entities = RecordAssembler.entities(a, List.of(place("Kafr Lusin border crossing")));
    assertThat(entities).singleElement().extracting(Entity::type).isEqualTo("LOCATION");
  }

  @Test
  void aPersonMentionOutsideEveryPlaceKeepsItsType() {
    Annotation a = new Annotation(List.of(), List.of(mention("Ahmad Khalil", "PERSON")), List.of());
    List<Entity> entities = RecordAssembler.entities(a, List.of(place("Kafr Lusin border crossing")));
    assertThat(entities).singleElement().extracting(Entity::type).isEqualTo("PERSON");
  }
}
