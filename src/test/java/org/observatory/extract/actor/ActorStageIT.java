package org.observatory.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.document.Document;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.record.Actor;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

class ActorStageIT {

  private static ActorStage stage;

  @BeforeAll
  static void load() {
    SharedData.require(ActorDictionary.CAMEO_DIR);
    stage = new ActorStage(ActorDictionary.load(SharedData.dataDir()));
  }

  static List<Actor> actors(String text, LocalDate date) {
    Document d = Document.ofText(text, "test");
    return stage.actors(d, Annotators.full().annotate(new AnnotationRequest(text, date)), date);
  }

  static Optional<Actor> mention(List<Actor> actors, String text) {
    return actors.stream().filter(a -> a.text().equals(text)).findFirst();
  }

  static List<Actor> seed() throws IOException {
    String text = Files.readString(SharedData.requireSeed());
    List<Actor> out = actors(text, LocalDate.of(2020, 2, 3));
    out.forEach(a -> System.out.println("ACTOR " + a.text() + " -> " + a.canonical() + " | " + a.code() + " | "
        + a.country() + " | " + a.sector() + " | " + a.title() + " | " + a.provenance().rule()));
    return out;
  }

  @Test
  void seedDump() throws IOException {
    assertThat(seed()).isNotEmpty();
  }
}
