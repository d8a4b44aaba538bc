package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.Event;
import org.observatory.record.Published;

/** PLOVER/CAMEO codebook distinctions of session 2, on hand-built parses. */
class CodebookDistinctionsTest {

  private static final Published PUBLISHED = new Published("2020-02-03", "option", "2020-02-03", "2020-02-03", null);
  private final TriggerLexicon lexicon = TriggerLexicon.builtIn();

  private static List<Event> events(ParseBuilder b) {
    return TestResources.extractor().extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  private PloverType verb(String lemma, String... objects) {
    return lexicon.lookup(lemma, true, List.of(objects)).orElseThrow().type();
  }

  @Test
  void withdrawingInspectorsIsASanctionWhileWithdrawingTroopsIsARetreat() {
    assertThat(verb("withdraw", "inspector")).isEqualTo(PloverType.SANCTION);
    assertThat(verb("withdraw", "troop")).isEqualTo(PloverType.RETREAT);
  }

  @Test
  void lettingInPeacekeepersIsARetreatWhileAllowingACandidateToRunIsAConcession() {
    assertThat(verb("allow", "peacekeeper")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("accept", "observer")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("allow", "candidate")).isEqualTo(PloverType.CONCEDE);
  }

  @Test
  void easingSanctionsIsARetreatWhileEasingRestrictionsIsAConcession() {
    assertThat(verb("ease", "sanction")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("ease", "restriction")).isEqualTo(PloverType.CONCEDE);
  }

  @Test
  void haltingAnOffensiveDeEscalatesWhileHaltingAidIsASanction() {
    assertThat(verb("halt", "offensive")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("halt", "aid")).isEqualTo(PloverType.SANCTION);
  }

  @Test
  void puttingForcesOnAlertAndSteppingUpSecurityMobilize() {
    assertThat(verb("put", "troop", "alert", "prep:on")).isEqualTo(PloverType.MOBILIZE);
    assertThat(verb("step_up", "patrol")).isEqualTo(PloverType.MOBILIZE);
  }

  @Test
  void attackingAPolicyAndConvictingAreAccusations() {
    assertThat(verb("attack", "policy")).isEqualTo(PloverType.ACCUSE);
    assertThat(verb("attack", "village")).isEqualTo(PloverType.ASSAULT);
    assertThat(verb("convict")).isEqualTo(PloverType.ACCUSE);
  }

  @Test
  void declaringACeasefireIsARetreatWhileAgreeingToOneIsAgree() {
    ParseBuilder b = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "declared/VBD/declare", "a/DT/a", "ceasefire/NN/ceasefire")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2);
    assertThat(events(b)).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("RETREAT");
      assertThat(e.trigger().text()).isEqualTo("ceasefire");
    });
    assertThat(lexicon.lookup("ceasefire", false, List.of("ceasefire")).orElseThrow().type())
        .isEqualTo(PloverType.AGREE);
  }

  @Test
  void warGamesOfCoordinatedNaviesAreMilitaryCooperation() {
    ParseBuilder b = new ParseBuilder()
        .toks("French/JJ/French", "and/CC/and", "Egyptian/JJ/Egyptian", "warships/NNS/warship",
            "launched/VBD/launch", "war/NN/war", "games/NNS/game")
        .dep("root", -1, 4).dep("amod", 3, 0).dep("cc", 2, 1).dep("conj:and", 0, 2).dep("amod", 3, 2)
        .dep("nsubj", 4, 3).dep("obj", 4, 6).dep("compound", 6, 5);
    assertThat(events(b)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("COOPERATE"));
  }

  @Test
  void warGamesOfOneNavyAreAShowOfForce() {
    ParseBuilder b = new ParseBuilder()
        .toks("Iranian/JJ/Iranian", "warships/NNS/warship", "launched/VBD/launch", "war/NN/war", "games/NNS/game")
        .dep("root", -1, 2).dep("amod", 1, 0).dep("nsubj", 2, 1).dep("obj", 2, 4).dep("compound", 4, 3);
    assertThat(events(b)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("MOBILIZE"));
  }

  @Test
  void aVowedAttackIsAThreatAndAVowedElectionIsAnAgreement() {
    ParseBuilder threat = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "vowed/VBD/vow", "to/TO/to", "attack/VB/attack", "the/DT/the", "city/NN/city")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("xcomp", 1, 3).dep("mark", 3, 2).dep("obj", 3, 5)
        .dep("det", 5, 4);
    assertThat(events(threat)).filteredOn(e -> e.trigger().text().equals("vowed")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("THREATEN"));

    ParseBuilder promise = new ParseBuilder()
        .toks("Leaders/NNS/leader", "vowed/VBD/vow", "to/TO/to", "hold/VB/hold", "elections/NNS/election")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("xcomp", 1, 3).dep("mark", 3, 2).dep("obj", 3, 4);
    assertThat(events(promise)).filteredOn(e -> e.trigger().text().equals("vowed")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("AGREE"));
  }

  @Test
  void vowingNotToReturnLandIsARejection() {
    ParseBuilder b = new ParseBuilder()
        .toks("He/PRP/he", "vowed/VBD/vow", "not/RB/not", "to/TO/to", "return/VB/return", "the/DT/the",
            "heights/NNS/height")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("xcomp", 1, 4).dep("advmod", 4, 2).dep("mark", 4, 3)
        .dep("obj", 4, 6).dep("det", 6, 5);
    assertThat(events(b)).filteredOn(e -> e.trigger().text().equals("vowed")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("REJECT"));
  }

  @Test
  void yieldingATownIsARetreatWhileYieldingToDemandsIsAConcession() {
    ParseBuilder town = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "yielded/VBD/yield", "the/DT/the", "town/NN/town")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2);
    assertThat(events(town)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("RETREAT"));

    ParseBuilder demands = new ParseBuilder()
        .toks("The/DT/the", "government/NN/government", "yielded/VBD/yield", "to/TO/to", "demands/NNS/demand")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("obl:to", 2, 4).dep("case", 4, 3);
    assertThat(events(demands)).filteredOn(e -> e.trigger().text().equals("yielded")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("CONCEDE"));
  }

  @Test
  void aLightVerbWithoutEventNounTakesNoCameoBlockDefaultButKeepsItsObjectPatterns() {
    EventExtractor withTake = new EventExtractor(TestResources.ontology(), TriggerLexicon.builtIn(),
        CameoVerbDictionary.of(List.of("####### VERB PATTERNS #######", "---  TAKE   [190]  ---", "TAKE",
            "- * HOSTAGE                                  [195]         # TAKE")), AcledRules.builtIn());
    ParseBuilder steps = new ParseBuilder()
        .toks("He/PRP/he", "took/VBD/take", "several/JJ/several", "steps/NNS/step")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("amod", 3, 2);
    ParseBuilder control = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "took/VBD/take", "hostages/NNS/hostage")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 2);

    assertThat(withTake.extract(new EventContext(steps.document(), steps.annotation(), PUBLISHED, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of()))).isEmpty();
    assertThat(withTake.extract(new EventContext(control.document(), control.annotation(), PUBLISHED, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of()))).singleElement()
        .satisfies(e -> assertThat(e.provenance().rule()).contains("cameo:195"));
  }

  @Test
  void wideningPoliticalFreedomsIsAConcession() {
    assertThat(verb("enhance", "freedom")).isEqualTo(PloverType.CONCEDE);
    assertThat(verb("grant", "autonomy")).isEqualTo(PloverType.CONCEDE);
    assertThat(verb("grant", "loan")).isEqualTo(PloverType.AID);
  }

  @Test
  void holdingHostagesIsAnAbductionAndHoldingTalksStaysALightVerb() {
    assertThat(verb("hold", "hostage")).isEqualTo(PloverType.ASSAULT);
    assertThat(verb("hold", "prisoner")).isEqualTo(PloverType.COERCE);
    assertThat(lexicon.lookup("hold", true, List.of("talk")).orElseThrow().isLight()).isTrue();
  }

  @Test
  void orderingAClosureImposesItWhileAPressReleaseIsNoEvent() {
    assertThat(verb("order", "newspaper", "suspend")).isEqualTo(PloverType.COERCE);
    assertThat(lexicon.lookup("release", false, List.of("press", "release")).orElseThrow().isNone()).isTrue();
  }

  @Test
  void aVowToAvengeIsAThreat() {
    ParseBuilder b = new ParseBuilder()
        .toks("Militants/NNS/militant", "vowed/VBD/vow", "to/TO/to", "avenge/VB/avenge", "him/PRP/he")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("xcomp", 1, 3).dep("mark", 3, 2).dep("obj", 3, 4);
    assertThat(events(b)).filteredOn(e -> e.trigger().text().equals("vowed")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("THREATEN"));
  }

  @Test
  void troopsOnHighAlertAreMobilizedEvenInACopularClause() {
    ParseBuilder b = new ParseBuilder()
        .toks("Troops/NNS/troop", "were/VBD/be", "on/IN/on", "high/JJ/high", "alert/NN/alert")
        .dep("root", -1, 4).dep("nsubj", 4, 0).dep("cop", 4, 1).dep("case", 4, 2).dep("amod", 4, 3);
    assertThat(events(b)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("MOBILIZE"));
  }

  @Test
  void givingBackAndStandingDownAreRetreats() {
    assertThat(verb("repatriate", "prisoner")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("lay_down", "arm")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("stand_down")).isEqualTo(PloverType.RETREAT);
  }

  @Test
  void aTruceThatIsViolatedIsNotAgreedInThatSentence() {
    ParseBuilder b = new ParseBuilder()
        .toks("Rebels/NNS/rebel", "violated/VBD/violate", "the/DT/the", "truce/NN/truce")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("obj", 1, 3).dep("det", 3, 2);
    assertThat(events(b)).singleElement().satisfies(e -> assertThat(e.trigger().text()).isEqualTo("violated"));
  }

  @Test
  void anAgreementReferredToUnderAPrepositionIsNoEvent() {
    ParseBuilder b = new ParseBuilder()
        .toks("Under/IN/under", "the/DT/the", "agreement/NN/agreement", "troops/NNS/troop", "withdrew/VBD/withdraw")
        .dep("root", -1, 4).dep("case", 2, 0).dep("det", 2, 1).dep("obl:under", 4, 2).dep("nsubj", 4, 3);
    assertThat(events(b)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("RETREAT"));
  }

  @Test
  void meetingDemandsIsAConcessionAndMeetingADeadlineIsNoEvent() {
    assertThat(verb("meet", "demand")).isEqualTo(PloverType.CONCEDE);
    assertThat(lexicon.lookup("meet", true, List.of("deadline")).orElseThrow().isNone()).isTrue();
    assertThat(verb("meet", "president")).isEqualTo(PloverType.CONSULT);
  }

  @Test
  void findingGuiltyAndHoldingResponsibleAreAccusations() {
    assertThat(verb("find", "guilty")).isEqualTo(PloverType.ACCUSE);
    assertThat(verb("hold", "responsible")).isEqualTo(PloverType.ACCUSE);
    assertThat(lexicon.lookup("charge", false, List.of("charge", "host:face")).orElseThrow().type())
        .isEqualTo(PloverType.ACCUSE);
    assertThat(lexicon.lookup("charge", false, List.of("charge", "explosive"))).isEmpty();
  }

  @Test
  void aVerbReportingAClauseIsNoEventOfItsOwn() {
    EventExtractor withAdmit = new EventExtractor(TestResources.ontology(), TriggerLexicon.builtIn(),
        CameoVerbDictionary.of(List.of("####### VERB PATTERNS #######", "---  ADMIT   [190]  ---", "ADMIT")),
        AcledRules.builtIn());
    ParseBuilder b = new ParseBuilder()
        .toks("Pyongyang/NNP/Pyongyang", "admitted/VBD/admit", "it/PRP/it", "had/VBD/have", "a/DT/a",
            "program/NN/program")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("ccomp", 1, 3).dep("nsubj", 3, 2).dep("obj", 3, 5)
        .dep("det", 5, 4);
    assertThat(withAdmit.extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of()))).isEmpty();
  }

  @Test
  void callingOnAPartyToActIsARequestEvenWhenTheParserHangsOnOnTheClause() {
    ParseBuilder b = new ParseBuilder()
        .toks("The/DT/the", "paper/NN/paper", "called/VBD/call", "on/IN/on", "Arabs/NNPS/Arab", "to/TO/to",
            "unite/VB/unite")
        .dep("root", -1, 2).dep("det", 1, 0).dep("nsubj", 2, 1).dep("advcl:to", 2, 6).dep("mark", 6, 3)
        .dep("nsubj", 6, 4).dep("mark", 6, 5);
    assertThat(events(b)).anySatisfy(e -> {
      assertThat(e.trigger().text()).isEqualTo("called");
      assertThat(e.type()).isEqualTo("REQUEST");
    });
  }

  @Test
  void walkingOutOfTalksIsASanctionButTroopsWithdrawnUnderAnAgreementRetreat() {
    assertThat(verb("withdraw", "talk", "prep:from")).isEqualTo(PloverType.SANCTION);
    assertThat(verb("withdraw", "troop", "agreement", "prep:under")).isEqualTo(PloverType.RETREAT);
    assertThat(verb("cut_off", "electricity")).isEqualTo(PloverType.SANCTION);
  }

  @Test
  void givingMoneyIsAidWhileGivingASpeechStaysALightVerb() {
    assertThat(verb("give", "million", "aid")).isEqualTo(PloverType.AID);
    assertThat(lexicon.lookup("give", true, List.of("speech")).orElseThrow().isLight()).isTrue();
    assertThat(verb("lend")).isEqualTo(PloverType.AID);
  }

  @Test
  void complainingThatSomethingHappenedStaysAnAccusation() {
    EventExtractor withComplain = new EventExtractor(EventOntology.of(List.of("11: ACCUSE",
        "114: ACCUSE, allege, diplomatic # Complain officially")), TriggerLexicon.builtIn(),
        CameoVerbDictionary.of(List.of("####### VERB PATTERNS #######", "---  COMPLAIN   [114]  ---", "COMPLAIN")),
        AcledRules.builtIn());
    ParseBuilder b = new ParseBuilder()
        .toks("Serbia/NNP/Serbia", "complained/VBD/complain", "that/IN/that", "Albania/NNP/Albania",
            "armed/VBD/arm", "dissidents/NNS/dissident")
        .dep("root", -1, 1).dep("nsubj", 1, 0).dep("ccomp", 1, 4).dep("mark", 4, 2).dep("nsubj", 4, 3)
        .dep("obj", 4, 5);
    assertThat(withComplain.extract(new EventContext(b.document(), b.annotation(), PUBLISHED, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of()))).anySatisfy(e -> {
          assertThat(e.trigger().text()).isEqualTo("complained");
          assertThat(e.type()).isEqualTo("ACCUSE");
        });
  }
}
