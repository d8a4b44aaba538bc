package org.observatory.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;
import org.observatory.extract.discourse.AnnotationBuilder;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;

class AttributionStageTest {

  private static Document doc(String text, String title, String outlet, String url) {
    return new Document(DocumentIds.of(text), text, title, outlet, null, url, LocalDate.of(2020, 2, 3), "option",
        List.of(), "test", null);
  }

  private static List<SourceChain> chains(Document d, AnnotationBuilder b) {
    AnalysisState s = AnalysisState.of(d).with(Slot.ANNOTATION, b.annotation()).with(Slot.ACTORS, b.actors());
    return new AttributionStage().apply(s).get(Slot.SOURCES);
  }

  private static List<String> roles(SourceChain c) {
    return c.links().stream().map(SourceLink::role).toList();
  }

  private static List<String> names(SourceChain c) {
    return c.links().stream().map(SourceLink::name).toList();
  }

  @Test
  void aMonitorCitingSourcesAndAnOutletReportingItMakeAFullChainNearestFirst() {
    String text = "The Syrian Observatory, citing local sources, reported that troops entered the town, Presstv reported.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("The/DT Syrian/NNP Observatory/NNP ,/, citing/VBG local/JJ sources/NNS ,/, reported/VBD that/IN"
                + " troops/NNS entered/VBD the/DT town/NN ,/, Presstv/NNP reported/VBD ./.",
            "root -1 8; det 2 0; compound 2 1; nsubj 8 2; acl 2 4; obj 4 6; amod 6 5; mark 11 9; nsubj 11 10;"
                + " ccomp 8 11; det 13 12; obj 11 13; parataxis 11 16; nsubj 16 15")
        .entity("Syrian Observatory", "ORGANIZATION");
    SourceChain c = chains(doc(text, null, "example.org", null), b).get(0);
    assertThat(roles(c)).containsExactly("monitor-source", "monitor", "cited-outlet", "outlet");
    assertThat(names(c)).containsExactly("local sources", "Syrian Observatory", "Press TV", "example.org");
    assertThat(c.reported()).isTrue();
    assertThat(c.links().get(3).evidence()).isNull();
  }

  @Test
  void accordingToAnOutletMakesItTheCitedOutlet() {
    String text = "Troops entered the town, according to Reuters.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Troops/NNS entered/VBD the/DT town/NN ,/, according/VBG to/IN Reuters/NNP ./.",
            "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 7 5; fixed 5 6; obl:according_to 1 7")
        .entity("Reuters", "ORGANIZATION");
    SourceChain c = chains(doc(text, null, "madaresharghi", null), b).get(0);
    assertThat(names(c)).containsExactly("Reuters", "madaresharghi");
    assertThat(roles(c)).containsExactly("cited-outlet", "outlet");
  }

  @Test
  void aMonitorNamedInATitleCoversReportedContentButNotTheOutletsOwnVoice() {
    String text = "Troops enter Idlib: Observatory\n\nTroops reportedly entered the town. The town lies on a river.\n\n"
        + "The Syrian Observatory for Human Rights said the troops stayed.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Troops/NNS enter/VBP Idlib/NNP :/: Observatory/NN", "root -1 1; nsubj 1 0; obj 1 2; dep 1 4")
        .sentence("Troops/NNS reportedly/RB entered/VBD the/DT town/NN ./.", "root -1 2; nsubj 2 0; advmod 2 1; obj 2 4")
        .sentence("The/DT town/NN lies/VBZ on/IN a/DT river/NN ./.", "root -1 2; nsubj 2 1; obl:on 2 5")
        .sentence("The/DT Syrian/NNP Observatory/NNP for/IN Human/NNP Rights/NNPS said/VBD the/DT troops/NNS"
                + " stayed/VBD ./.",
            "root -1 6; nsubj 6 2; compound 2 1; det 2 0; nmod:for 2 5; case 5 3; compound 5 4; ccomp 6 9;"
                + " nsubj 9 8")
        .entity("Syrian Observatory for Human Rights", "ORGANIZATION");
    List<SourceChain> chains = chains(doc(text, "Troops enter Idlib: Observatory", "outlet", null), b);
    assertThat(names(chains.get(1))).containsExactly("Syrian Observatory for Human Rights", "outlet");
    assertThat(chains.get(1).reported()).isTrue();
    assertThat(names(chains.get(2))).containsExactly("outlet");
    assertThat(chains.get(2).reported()).isFalse();
  }

  @Test
  void anEmbeddedSpeechClauseGetsItsOwnNarrowerChain() {
    String text = "Troops arrived two days after Erdogan said Turkey may act.";
    AnnotationBuilder b = new AnnotationBuilder(text)
        .sentence("Troops/NNS arrived/VBD two/CD days/NNS after/IN Erdogan/NNP said/VBD Turkey/NNP may/MD act/VB ./.",
            "root -1 1; nsubj 1 0; nummod 3 2; obl:npmod 6 3; mark 6 4; nsubj 6 5; advcl:after 1 6; ccomp 6 9;"
                + " nsubj 9 7; aux 9 8")
        .actor("Erdogan", "Recep Tayyip Erdogan", "TURGOV", "TUR", "person", "President");
    List<SourceChain> chains = chains(doc(text, null, "outlet", null), b);
    assertThat(chains).hasSize(2);
    assertThat(names(chains.get(0))).containsExactly("outlet");
    assertThat(names(chains.get(1))).containsExactly("Recep Tayyip Erdogan", "outlet");
    int act = text.indexOf("act.");
    assertThat(SourceChains.covering(chains, new Span(act, act + 3))).contains(chains.get(1));
    assertThat(SourceChains.covering(chains, new Span(0, 6))).contains(chains.get(0));
  }

  @Test
  void withoutAnOutletTheUrlHostPublishes() {
    Document d = doc("Text.", null, null, "https://www.example.com/a/b");
    assertThat(AttributionStage.publisher(d)).isEqualTo(new SourceLink("example.com", "outlet", null));
  }

  @Test
  void outletNamesMatchIgnoringSpacesButShortNamesOnlyWhole() {
    OutletLexicon lexicon = OutletLexicon.bundled();
    assertThat(lexicon.match("Presstv")).contains("Press TV");
    assertThat(lexicon.match("the Reuters news agency")).contains("Reuters");
    assertThat(lexicon.match("AP")).contains("Associated Press");
    assertThat(lexicon.match("APPLE officials")).isEmpty();
    assertThat(lexicon.match("the Independent Group")).isEmpty();
    assertThat(lexicon.match("a spa")).isEmpty();
  }
}
