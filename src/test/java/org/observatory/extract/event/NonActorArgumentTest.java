package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Published;

/**
 * From real reports: "The bombing by Russian jets mostly targeted several neighbourhoods" (the bombing was coded
 * as its own source), "(File photo) ..." captions taken for a subject, and abstract objects ("our soil",
 * "safety") coded as targets. An event noun, a media artefact or an abstract noun names no party; its agent or
 * possessor does.
 */
class NonActorArgumentTest {

  @Test
  void anEventNounGivesWayToItsByAgentAsTheSource() {
    // The bombing by Russian jets targeted neighbourhoods
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "bombing/NN/bombing", "by/IN/by", "Russian/JJ/russian/NATIONALITY", "jets/NNS/jet",
            "targeted/VBD/target", "neighbourhoods/NNS/neighbourhood")
        .dep("root", -1, 5).dep("det", 1, 0).dep("nmod:by", 1, 4).dep("case", 4, 2).dep("amod", 4, 3)
        .dep("nsubj", 5, 1).dep("obj", 5, 6);

    Event e = event(b, "targeted");

    assertThat(texts(e, "source")).containsExactly("Russian jets");
  }

  @Test
  void anEventNounWithoutAnAgentNamesNoSource() {
    // The strikes hit Maadi district
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "strikes/NNS/strike", "hit/VBD/hit", "Maadi/NNP/Maadi", "district/NN/district")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("compound", 4, 3);

    Event e = event(b, "hit");

    assertThat(texts(e, "source")).isEmpty();
    assertThat(texts(e, "target")).containsExactly("Maadi district");
  }

  @Test
  void aMunitionThatKilledIsTheInstrumentNotTheSource() {
    // Barrel bombs killed ten civilians  (FA-KES: "Saturday 27 Aug 2016 Barrel bombs ...")
    ParseBuilder b = new ParseBuilder()
        .toks("Barrel/NN/barrel", "bombs/NNS/bomb", "killed/VBD/kill", "ten/CD/ten", "civilians/NNS/civilian")
        .dep("root", -1, 2).dep("compound", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("nummod", 4, 3);

    Event e = event(b, "killed");

    assertThat(texts(e, "source")).isEmpty();
    assertThat(texts(e, "target")).containsExactly("ten civilians");
  }

  @Test
  void anExplosiveDeviceThatKilledIsTheInstrumentNotTheSource() {
    // A soldier was killed by a roadside explosive device  (Guardian sample: "... killed by a roadside improvised
    // explosive device while fighting against Islamic State")
    ParseBuilder b = new ParseBuilder()
        .toks("A/DT/a", "soldier/NN/soldier", "was/VBD/be", "killed/VBN/kill", "by/IN/by", "a/DT/a",
            "roadside/NN/roadside", "explosive/JJ/explosive", "device/NN/device")
        .dep("root", -1, 3).dep("det", 1, 0).dep("nsubj:pass", 3, 1).dep("aux:pass", 3, 2).dep("obl:agent", 3, 8)
        .dep("case", 8, 4).dep("det", 8, 5).dep("compound", 8, 6).dep("amod", 8, 7);

    Event e = event(b, "killed");

    assertThat(texts(e, "source")).isEmpty();
    assertThat(texts(e, "target")).containsExactly("A soldier");
  }

  @Test
  void anAdjectiveTheParserMadeASubjectIsNoSource() {
    // The forces are looking increasingly difficult to attack  (after a Guardian sentence with "suppress", a CAMEO
    // verb; CoreNLP 4.5.10's parse makes "difficult" the controlled subject of the infinitive)
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "forces/NNS/force", "are/VBP/be", "looking/VBG/look", "increasingly/RB/increasingly",
            "difficult/JJ/difficult", "to/TO/to", "attack/VB/attack")
        .dep("root", -1, 3).dep("det", 1, 0).dep("nsubj", 3, 1).dep("aux", 3, 2).dep("advmod", 5, 4)
        .dep("obj", 3, 5).dep("nsubj:xsubj", 7, 5).dep("mark", 7, 6).dep("xcomp", 3, 7);

    Event e = event(b, "attack");

    assertThat(e.actors()).extracting(EventActor::text).doesNotContain("difficult");
  }

  @Test
  void aWarEnteringItsEighthYearIsNoMovement() {
    // The war enters its eighth year  (Guardian sample)
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "war/NN/war", "enters/VBZ/enter", "its/PRP$/its", "eighth/JJ/eighth", "year/NN/year")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 5).dep("nmod:poss", 5, 3)
        .dep("amod", 5, 4);
    ParseBuilder troops = new ParseBuilder()
        .toks("Troops/NNS/troop", "entered/VBD/enter", "the/DT/the", "town/NN/town")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2);

    assertThat(TestResources.extractor().extract(context(b))).isEmpty();
    assertThat(event(troops, "entered").type()).isEqualTo("MOBILIZE");
  }

  @Test
  void aPhotoCaptionTakenForTheSubjectIsNoSource() {
    // File photo attacked the town  (a "(File photo)" caption the parser made the subject)
    ParseBuilder b = new ParseBuilder()
        .toks("File/NN/file", "photo/NN/photo", "attacked/VBD/attack", "the/DT/the", "town/NN/town")
        .dep("root", -1, 2).dep("compound", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("det", 4, 3);

    Event e = event(b, "attacked");

    assertThat(texts(e, "source")).isEmpty();
  }

  @Test
  void anAbstractObjectIsNoTarget() {
    // Militants attacked our soil
    ParseBuilder b = new ParseBuilder()
        .toks("Militants/NNS/militant", "attacked/VBD/attack", "our/PRP$/we", "soil/NN/soil")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("nmod:poss", 3, 2);

    Event e = event(b, "attacked");

    assertThat(texts(e, "source")).containsExactly("Militants");
    assertThat(texts(e, "target")).isEmpty();
  }

  @Test
  void thePossessorOfARejectedProposalIsTheTarget() {
    // Iran rejected Iraq 's proposal
    ParseBuilder b = new ParseBuilder()
        .toks("Iran/NNP/Iran/COUNTRY", "rejected/VBD/reject", "Iraq/NNP/Iraq/COUNTRY", "'s/POS/'s",
            "proposal/NN/proposal")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 4).dep("nmod:poss", 4, 2).dep("case", 2, 3);

    Event e = event(b, "rejected");

    assertThat(texts(e, "target")).containsExactly("Iraq");
  }

  @Test
  void theMeansOfAnAbstractObjectIsNoTarget() {
    // Kurds rejected the offer by political means
    ParseBuilder b = new ParseBuilder()
        .toks("Kurds/NNPS/Kurd", "rejected/VBD/reject", "the/DT/the", "offer/NN/offer", "by/IN/by",
            "political/JJ/political", "means/NNS/means")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2).dep("nmod:by", 3, 6)
        .dep("case", 6, 4).dep("amod", 6, 5);

    Event e = event(b, "rejected");

    assertThat(texts(e, "target")).isEmpty();
  }

  @Test
  void theVenueOfAnAbstractObjectIsNoTarget() {
    // Kurds rejected the Geneva conference
    ParseBuilder b = new ParseBuilder()
        .toks("Kurds/NNPS/Kurd", "rejected/VBD/reject", "the/DT/the", "Geneva/NNP/Geneva/CITY",
            "conference/NN/conference")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 4).dep("det", 4, 2).dep("compound", 4, 3);

    Event e = event(b, "rejected");

    assertThat(texts(e, "target")).isEmpty();
  }

  private static EventContext context(ParseBuilder b) {
    return new EventContext(b.document(), b.annotation(),
        new Published("2016-10-11", "option", "2016-10-11", "2016-10-11", null), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  private static Event event(ParseBuilder b, String trigger) {
    List<Event> events = TestResources.extractor().extract(context(b)).stream()
        .filter(e -> e.trigger().text().equals(trigger)).toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static List<String> texts(Event e, String role) {
    return e.actors().stream().filter(a -> a.role().equals(role)).map(EventActor::text).toList();
  }
}
