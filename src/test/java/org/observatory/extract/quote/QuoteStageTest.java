package org.observatory.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.document.Document;
import org.observatory.extract.discourse.AnnotationBuilder;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Quote;

class QuoteStageTest {

  private static List<Quote> quotes(String text, AnnotationBuilder b) {
    AnalysisState s = AnalysisState.of(Document.ofText(text, "test")).with(Slot.ANNOTATION, b.annotation())
        .with(Slot.ACTORS, b.actors()).with(Slot.TIMES, b.times());
    return new QuoteStage().apply(s).get(Slot.QUOTES);
  }

  @Test
  void aTrailingSpeechClauseGivesSpeakerCanonicalNameAndDate() {
    String text = "“We will act now,” Erdogan said on Friday.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("“/`` We/PRP will/MD act/VB now/RB ,/, ”/'' Erdogan/NNP said/VBD on/IN Friday/NNP ./.",
            "root -1 8; nsubj 8 7; ccomp 8 3; nsubj 3 1; aux 3 2; obl:on 8 10; case 10 9")
        .actor("Erdogan", "Recep Tayyip Erdogan", "TURGOV", "TUR", "person", "President")
        .time("Friday", "DATE", "2020-01-31", "day");
    Quote q = quotes(text, b).get(0);
    assertThat(q.text()).isEqualTo("We will act now");
    assertThat(q.speaker()).isEqualTo("Erdogan");
    assertThat(q.speakerCanonical()).isEqualTo("Recep Tayyip Erdogan");
    assertThat(q.said().value()).isEqualTo("2020-01-31");
    assertThat(q.provenance().rule()).isEqualTo("dep:nsubj");
  }

  @Test
  void aLeadingSpeechClauseWithAColonGivesTheSpeaker() {
    String text = "The minister said: “We will not accept this at all.”";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("The/DT minister/NN said/VBD :/: “/`` We/PRP will/MD not/RB accept/VB this/DT at/IN all/DT ./. ”/''",
            "root -1 2; det 1 0; nsubj 2 1; parataxis 2 8; nsubj 8 5; aux 8 6; advmod 8 7; obj 8 9");
    Quote q = quotes(text, b).get(0);
    assertThat(q.speaker()).isEqualTo("The minister");
    assertThat(q.text()).isEqualTo("We will not accept this at all.");
  }

  @Test
  void aPartialQuoteBelongsToTheSubjectOfTheGoverningClause() {
    String text = "The ministry wrote to the UN, stressing that the operation “will not stop until the end.”";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("The/DT ministry/NN wrote/VBD to/IN the/DT UN/NNP ,/, stressing/VBG that/IN the/DT operation/NN"
                + " “/`` will/MD not/RB stop/VB until/IN the/DT end/NN ./. ”/''",
            "root -1 2; det 1 0; nsubj 2 1; obl:to 2 5; dep 2 7; mark 14 8; det 10 9; nsubj 14 10; aux 14 12;"
                + " advmod 14 13; ccomp 7 14; obl:until 14 17")
        .actor("The ministry", "Syrian Ministry of Foreign Affairs", "SYRGOV", "SYR", "government", null);
    Quote q = quotes(text, b).get(0);
    assertThat(q.speaker()).isEqualTo("The ministry");
    assertThat(q.speakerCanonical()).isEqualTo("Syrian Ministry of Foreign Affairs");
    assertThat(q.provenance().rule()).isEqualTo("dep:governing-clause-subject");
  }

  @Test
  void aQuoteThatSpansTheSentenceSplitterKeepsBothSentencesAndTheTrailingSpeaker() {
    String text = "“We will act. We will not wait,” he said.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("“/`` We/PRP will/MD act/VB ./.", "root -1 3; nsubj 3 1; aux 3 2")
        .sentence("We/PRP will/MD not/RB wait/VB ,/, ”/'' he/PRP said/VBD ./.",
            "root -1 7; ccomp 7 3; nsubj 3 0; aux 3 1; nsubj 7 6");
    Quote q = quotes(text, b).get(0);
    assertThat(q.text()).isEqualTo("We will act. We will not wait");
    assertThat(q.speaker()).isEqualTo("he");
  }

  @Test
  void withoutAParseTheMentionNextToTheSpeechVerbSpeaks() {
    String text = "“The convoy will stay in Idlib,” Erdogan said.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("“/`` The/DT convoy/NN will/MD stay/VB in/IN Idlib/NNP ,/, ”/'' Erdogan/NNP said/VBD ./.", "")
        .entity("Erdogan", "PERSON");
    Quote q = quotes(text, b).get(0);
    assertThat(q.speaker()).isEqualTo("Erdogan");
    assertThat(q.provenance().rule()).isEqualTo("surface:adjacent-mention");
  }

  @Test
  void shortScareQuotesWithoutASpeakerAreNotQuotes() {
    String text = "Turkey controls the “safe zone” in Syria.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Turkey/NNP controls/VBZ the/DT “/`` safe/JJ zone/NN ”/'' in/IN Syria/NNP ./.",
            "root -1 1; nsubj 1 0; obj 1 5; amod 5 4");
    assertThat(quotes(text, b)).isEmpty();
  }

  @Test
  void quoteMarksPairWithinAParagraphAndResetAtABlankLine() {
    String text = "He said “never again.\n\nShe said \"we agree with this\" today.";
    List<QuoteSpans.Marked> marks = QuoteSpans.find(text);
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).content().of(text)).isEqualTo("we agree with this");
  }

  @Test
  void aQuoteWithoutItsOwnSpeechClauseContinuesThePreviousSpeaker() {
    String text = "“We will act now,” Erdogan said. “Nobody will stop us in this.”";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("“/`` We/PRP will/MD act/VB now/RB ,/, ”/'' Erdogan/NNP said/VBD ./.",
            "root -1 8; nsubj 8 7; ccomp 8 3; nsubj 3 1; aux 3 2")
        .sentence("“/`` Nobody/NN will/MD stop/VB us/PRP in/IN this/DT ./. ”/''", "root -1 3; nsubj 3 1; aux 3 2")
        .entity("Erdogan", "PERSON");
    List<Quote> quotes = quotes(text, b);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).speaker()).isEqualTo("Erdogan");
    assertThat(quotes.get(1).provenance().rule()).endsWith("+continuation");
  }

  @Test
  void anAppositionIsNotPartOfTheSpeakersName() {
    String text = "Brett McGurk, the former envoy, said: “This will take a long time.”";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Brett/NNP McGurk/NNP ,/, the/DT former/JJ envoy/NN ,/, said/VBD :/: “/`` This/DT will/MD"
                + " take/VB a/DT long/JJ time/NN ./. ”/''",
            "root -1 7; nsubj 7 1; compound 1 0; appos 1 5; det 5 3; amod 5 4; parataxis 7 12; nsubj 12 10;"
                + " aux 12 11; obj 12 15")
        .entity("Brett McGurk", "PERSON");
    assertThat(quotes(text, b).get(0).speaker()).isEqualTo("Brett McGurk");
  }

  @Test
  void anInvertedSpeechClauseParsedWithTheSpeakerAsObjectStillGivesTheSpeaker() {
    String text = "“The group is losing ground fast,” said Maher.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("“/`` The/DT group/NN is/VBZ losing/VBG ground/NN fast/RB ,/, ”/'' said/VBD Maher/NNP ./.",
            "root -1 9; ccomp 9 4; nsubj 4 2; aux 4 3; obj 4 5; xcomp 9 10");
    assertThat(quotes(text, b).get(0).speaker()).isEqualTo("Maher");
  }

  @Test
  void aDateInsideARelativeClauseOnTheSpeakerIsNotTheSpeechTime() {
    String text = "“The roads are open,” said the council, which moved to the town last March.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("“/`` The/DT roads/NNS are/VBP open/JJ ,/, ”/'' said/VBD the/DT council/NN ,/, which/WDT"
                + " moved/VBD to/IN the/DT town/NN last/JJ March/NNP ./.",
            "root -1 7; ccomp 7 4; nsubj 4 2; det 2 1; cop 4 3; nsubj 7 9; det 9 8; acl:relcl 9 12; nsubj 12 11;"
                + " obl:to 12 15; case 15 13; det 15 14; obl:tmod 12 17; amod 17 16")
        .time("last March", "DATE", "2031-03", "month");
    Quote q = quotes(text, b).get(0);
    assertThat(q.speaker()).isEqualTo("the council");
    assertThat(q.said()).isNull();
  }
}
