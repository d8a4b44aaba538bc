package org.observatory.extract.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.document.Document;
import org.observatory.extract.discourse.AnnotationBuilder;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Agreement;
import org.observatory.record.Published;

/**
 * Regression for the seed's "The announcement was made hours before a US-brokered five-day truce between Turkish
 * and Kurdish-led forces was due to expire", whose truce had no dates although the announcement is dated by the
 * sentence before. The sentences here are invented.
 */
class ExpiryAnchorTest {

  private static Agreement truce(String text, AnnotationBuilder b) {
    AnalysisState s = AnalysisState.of(Document.ofText(text, "test")).with(Slot.ANNOTATION, b.annotation())
        .with(Slot.ACTORS, b.actors()).with(Slot.TIMES, b.times()).with(Slot.PUBLISHED, Published.unknown());
    List<Agreement> all = new AgreementStage().apply(s).get(Slot.AGREEMENTS);
    return all.stream().filter(a -> a.kind().equals("truce") || a.kind().equals("ceasefire")).findFirst()
        .orElseThrow();
  }

  private static final String TWO_SENTENCES = "The ministers met in Geneva on March 4. The statement came hours"
      + " before a three-day truce between the army and Turkish-backed rebels was due to expire.";

  private static AnnotationBuilder twoSentences() {
    return new AnnotationBuilder(TWO_SENTENCES)
        .sentence("The/DT ministers/NNS met/VBD in/IN Geneva/NNP on/IN March/NNP 4/CD ./.", "root -1 2")
        .sentence("The/DT statement/NN came/VBD hours/NNS=hour before/IN a/DT three-day/JJ truce/NN between/IN"
            + " the/DT army/NN and/CC Turkish/JJ -/HYPH backed/VBN rebels/NNS was/VBD due/JJ to/TO expire/VB ./.",
            "root -1 2")
        .time("March 4", "DATE", "2021-03-04", "day")
        .time("three-day", "DURATION", "P3D", "approximate");
  }

  @Test
  void aTruceDueToExpireHoursAfterADatedStatementEndsWithinADayOfIt() {
    Agreement t = truce(TWO_SENTENCES, twoSentences());
    assertThat(t.expires().derivation()).isEqualTo("event");
    assertThat(t.expires().earliest()).isEqualTo("2021-03-04T00:00");
    assertThat(t.expires().latest()).isEqualTo("2021-03-06T00:00");
    assertThat(t.expires().text()).contains("hours before").contains("March 4");
  }

  @Test
  void aFixedLengthTruceStartedItsLengthBeforeTheAnchoredExpiry() {
    Agreement t = truce(TWO_SENTENCES, twoSentences());
    assertThat(t.signed().earliest()).isEqualTo("2021-03-01T00:00");
    assertThat(t.signed().latest()).isEqualTo("2021-03-03T00:00");
    assertThat(t.provenance().rule()).contains(ExpiryAnchor.RULE).contains("signed:expiry-minus-duration");
  }

  @Test
  void fightingTwoDaysAfterACeasefireExpiredDatesTheExpiryTwoDaysEarlier() {
    String text = "On March 3, fighting resumed two days after the ceasefire expired.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("On/IN March/NNP 3/CD ,/, fighting/NN resumed/VBD two/CD days/NNS=day after/IN the/DT"
            + " ceasefire/NN expired/VBD=expire ./.", "root -1 5")
        .time("March 3", "DATE", "2021-03-03", "day");
    Agreement c = truce(text, b);
    assertThat(c.expires().value()).isEqualTo("2021-03-01");
    assertThat(c.expires().precision()).isEqualTo("day");
  }

  @Test
  void withoutADatedActTheTruceKeepsOnlyItsLength() {
    String text = "The statement came hours before a three-day truce was due to expire.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("The/DT statement/NN came/VBD hours/NNS=hour before/IN a/DT three-day/JJ truce/NN was/VBD"
            + " due/JJ to/TO expire/VB ./.", "root -1 2")
        .time("three-day", "DURATION", "P3D", "approximate");
    Agreement t = truce(text, b);
    assertThat(t.expires().precision()).isEqualTo("unresolved");
    assertThat(t.signed()).isNull();
  }

  @Test
  void aTruceThatIsNotTheSubjectOfTheEndingVerbIsNotDated() {
    String text = "On March 3, talks began hours before the truce talks ended.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("On/IN March/NNP 3/CD ,/, talks/NNS began/VBD hours/NNS=hour before/IN the/DT truce/NN"
            + " talks/NNS ended/VBD=end ./.", "root -1 5")
        .time("March 3", "DATE", "2021-03-03", "day");
    List<Agreement> all = new AgreementStage().apply(AnalysisState.of(Document.ofText(text, "test"))
        .with(Slot.ANNOTATION, b.annotation()).with(Slot.ACTORS, b.actors()).with(Slot.TIMES, b.times())
        .with(Slot.PUBLISHED, Published.unknown())).get(Slot.AGREEMENTS);
    assertThat(all).allSatisfy(a -> assertThat(a.expires()).isNull());
  }
}
