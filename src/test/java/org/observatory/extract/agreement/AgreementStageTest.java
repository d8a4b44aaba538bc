package org.observatory.extract.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.extract.discourse.AnnotationBuilder;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Agreement;
import org.observatory.record.Obligation;
import org.observatory.record.Published;

class AgreementStageTest {

  private static List<Agreement> agreements(String text, AnnotationBuilder b) {
    AnalysisState s = AnalysisState.of(Document.ofText(text, "test")).with(Slot.ANNOTATION, b.annotation())
        .with(Slot.ACTORS, b.actors()).with(Slot.TIMES, b.times()).with(Slot.PUBLISHED, Published.unknown());
    return new AgreementStage().apply(s).get(Slot.AGREEMENTS);
  }

  @Test
  void twoDaysEarlierIsAnchoredOnTheDeadlineBeforeItNotOnTheDocumentDate() {
    String text = "Under the Sochi agreement, militants had to pull out heavy arms by October 17 2018, with the groups"
        + " having to withdraw two days earlier.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Under/IN the/DT Sochi/NNP agreement/NN ,/, militants/NNS had/VBD to/TO pull/VB out/RP heavy/JJ"
                + " arms/NNS by/IN October/NNP 17/CD 2018/CD ,/, with/IN the/DT groups/NNS having/VBG to/TO"
                + " withdraw/VB two/CD days/NNS earlier/RBR ./.",
            "root -1 8; obl:under 8 3; case 3 0; det 3 1; compound 3 2; nsubj 8 5; aux 8 6; mark 8 7;"
                + " compound:prt 8 9; obj 8 11; amod 11 10; obl:by 8 13; case 13 12; nummod 13 14; nummod 13 15;"
                + " advcl 8 22; mark 22 17; det 19 18; nsubj 22 19; aux 22 20; mark 22 21; obl:npmod 25 24;"
                + " nummod 24 23; advmod 22 25")
        .time("October 17 2018", "DATE", "2018-10-17", "day")
        .time("two days earlier", "DATE", "2020-02-01", "day");
    Agreement a = agreements(text, b).get(0);
    assertThat(a.name()).isEqualTo("Sochi agreement");
    assertThat(a.kind()).isEqualTo("agreement");
    assertThat(a.obligations()).extracting(Obligation::party).containsExactly("militants", "groups");
    assertThat(a.obligations()).extracting(Obligation::action).containsExactly("pull out heavy arms", "withdraw");
    assertThat(a.obligations()).extracting(o -> o.deadline().value()).containsExactly("2018-10-17", "2018-10-15");
    assertThat(a.obligations().get(1).deadline().derivation()).isEqualTo("anchor");
  }

  @Test
  void within150HoursOfAMemorandumSignedOnAKnownDayIsADayLongWindow() {
    String text = "On October 22, Putin and Erdogan signed a memorandum of understanding under which militants had"
        + " to withdraw within 150 hours.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("On/IN October/NNP 22/CD ,/, Putin/NNP and/CC Erdogan/NNP signed/VBD a/DT memorandum/NN of/IN"
                + " understanding/NN under/IN which/WDT militants/NNS had/VBD to/TO withdraw/VB within/IN 150/CD"
                + " hours/NNS ./.",
            "root -1 7; obl:on 7 1; case 1 0; nummod 1 2; nsubj 7 4; cc 6 5; conj:and 4 6; nsubj 7 6; obj 7 9;"
                + " det 9 8; nmod:of 9 11; case 11 10; acl:relcl 9 17; obl:under 17 13; case 13 12; nsubj 17 14;"
                + " aux 17 15; mark 17 16; obl:within 17 20; case 20 18; nummod 20 19")
        .actor("Putin", "Vladimir Putin", "RUSGOV", "RUS", "person", "President")
        .actor("Erdogan", "Recep Tayyip Erdogan", "TURGOV", "TUR", "person", "President")
        .time("October 22", "DATE", "2019-10-22", "day")
        .time("150 hours", "DURATION", "PT150H", "unresolved");
    Agreement a = agreements(text, b).get(0);
    assertThat(a.kind()).isEqualTo("memorandum");
    assertThat(a.name()).isEqualTo("memorandum of understanding");
    assertThat(a.parties()).containsExactly("Vladimir Putin", "Recep Tayyip Erdogan");
    assertThat(a.signed().value()).isEqualTo("2019-10-22");
    Obligation o = a.obligations().get(0);
    assertThat(o.deadline().value()).isEqualTo("2019-10-28T06:00/2019-10-29T06:00");
    assertThat(o.deadline().text()).isEqualTo("within 150 hours");
  }

  @Test
  void aFiveDayTruceThatBeganOnAKnownDayExpiresFiveDaysLater() {
    String text = "A US-brokered five-day truce between Turkish and Kurdish forces began on October 17.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("A/DT US/NNP -/HYPH brokered/VBN five/CD -/HYPH day/NN truce/NN between/IN Turkish/JJ and/CC"
                + " Kurdish/JJ forces/NNS began/VBD on/IN October/NNP 17/CD ./.",
            "root -1 13; nsubj 13 7; det 7 0; amod 7 3; obl 3 1; compound 7 6; nummod 6 4; nmod:between 7 12;"
                + " case 12 8; amod 12 9; amod 12 11; obl:on 13 15; case 15 14; nummod 15 16")
        .actor("US", "United States", "USA", "USA", "government", null)
        .actor("Turkish", "Turkey", "TURMIL", "TUR", "military", null)
        .time("five-day", "DURATION", "P5D", "unresolved")
        .time("October 17", "DATE", "2019-10-17", "day");
    Agreement a = agreements(text, b).get(0);
    assertThat(a.name()).isEqualTo("five-day truce");
    assertThat(a.brokers()).containsExactly("United States");
    assertThat(a.parties()).containsExactly("Turkey", "Kurdish forces");
    assertThat(a.signed().value()).isEqualTo("2019-10-17");
    assertThat(a.expires().value()).isEqualTo("2019-10-22");
    assertThat(a.duration()).isEqualTo("P5D");
  }

  @Test
  void anAgreementWhoseSentenceNamesNoPartyTakesTheBrokersOfThePreviousSentencesCeasefire() {
    String text = "A ceasefire brokered by Russia and Turkey collapsed. Under the Sochi agreement, militants had to"
        + " withdraw.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("A/DT ceasefire/NN brokered/VBN by/IN Russia/NNP and/CC Turkey/NNP collapsed/VBD ./.", "")
        .sentence("Under/IN the/DT Sochi/NNP agreement/NN ,/, militants/NNS had/VBD to/TO withdraw/VB ./.", "")
        .actor("Russia", "Russia", "RUS", "RUS", "government", null)
        .actor("Turkey", "Turkey", "TUR", "TUR", "government", null);
    List<Agreement> all = agreements(text, b);
    assertThat(all.get(0).brokers()).containsExactly("Russia", "Turkey");
    Agreement sochi = all.get(1);
    assertThat(sochi.parties()).containsExactly("Russia", "Turkey");
    assertThat(sochi.provenance().rule()).contains("inherited-from-brokers");
    assertThat(sochi.obligations()).extracting(Obligation::party).containsExactly("militants");
    assertThat(sochi.obligations().get(0).deadline()).isNull();
  }

  @Test
  void eventsFindTheAgreementTheirEvidenceMentions() {
    String text = "Under the Sochi agreement, militants had to withdraw.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Under/IN the/DT Sochi/NNP agreement/NN ,/, militants/NNS had/VBD to/TO withdraw/VB ./.", "");
    List<Agreement> all = agreements(text, b);
    assertThat(AgreementLinks.indexAt(all, new Span(0, text.length()))).contains(0);
    assertThat(AgreementLinks.indexAt(all, new Span(0, 5))).isEmpty();
  }
}
