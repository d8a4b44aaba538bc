package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoVerbDictionaryTest {

  private static final CameoVerbDictionary DICT = CameoVerbDictionary.of(List.of(
      "&TREATY",
      "+TREATY",
      "+PACT",
      "",
      "####### VERB PATTERNS #######",
      "---  IMPOSE   [170]  ---",
      "IMPOSE",
      "REIMPOSE",
      "- * BLOCKADE (ON GOODS)                               [143]         # IMPOSE",
      "- * BLACKOUT (BY FORCE)                               [190]         # IMPOSE",
      "- * CURFEW                                            [1723]        # IMPOSE",
      "---  GO_SOMEWHERE   [040]  ---",
      "GO",
      "LEAVE",
      "---  ENACT   [060]  ---",
      "ESTABLISH",
      "- * TIES                                              [050]         # ESTABLISH",
      "- * {DIPLOMATIC TIES}                                 [054:054]     # ESTABLISH",
      "- * {FREE-TRADE &TREATY}                              [0311]        # APPROVE"));

  @Test
  void aParenthesisedQualifierMustOccurNearTheVerbForThePatternToApply() {
    assertThat(DICT.code("reimpose", List.of("blockade"), List.of("blockade", "west", "bank"))).contains("170");
    assertThat(DICT.code("impose", List.of("blockade"), List.of("blockade", "good"))).contains("143");
    assertThat(DICT.code("impose", List.of("blackout"), List.of("blackout", "information"))).contains("170");
  }

  @Test
  void aBareObjectPatternStillApplies() {
    assertThat(DICT.code("impose", List.of("curfew"), List.of("curfew"))).contains("1723");
  }

  @Test
  void aBracedPhraseIsReadAsItsLastWordWithTheOthersRequiredAndWinsOverTheBareWord() {
    assertThat(DICT.code("establish", List.of("tie", "diplomatic"), List.of("tie", "diplomatic"))).contains("054");
    assertThat(DICT.code("establish", List.of("tie"), List.of("tie", "close"))).contains("050");
    assertThat(DICT.code("establish", List.of("pact"), List.of("pact", "free-trade"))).contains("0311");
  }

  @Test
  void theGenericMaterialCooperationDefaultCodesNothing() {
    assertThat(DICT.code("establish", List.of("school"), List.of("school"))).isEmpty();
    assertThat(DICT.objectCode("impose", List.of("curfew"), List.of())).contains("1723");
    assertThat(DICT.objectCode("impose", List.of("tax"), List.of())).isEmpty();
  }

  @Test
  void theConsultDefaultOfTheBlockOfMotionVerbsCodesNothing() {
    assertThat(DICT.code("leave", List.of("country"), List.of("country"))).isEmpty();
  }
}
