package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.config.Config;
import org.observatory.core.ConfigException;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.extract.docdate.DocDateStage;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.DateValue;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

class TimeStageTest {

  private static Texts sample() {
    return new Texts()
        .sentence("Profits/NNS fell/VBD/fall in/IN 1989/CD ./.").timex("1989", "DATE", "1989")
        .sentence("The/DT board/NN met/VBD/meet on/IN Oct./NNP 27/CD ./.").timex("Oct. 27", "DATE", "XXXX-10-27");
  }

  private static AnalysisState run(Texts t, LocalDate date) {
    Document d = Document.ofText(t.text(), "test");
    if (date != null) {
      d = d.withPublished(date, "option");
    }
    AnalysisState s = new DocDateStage().apply(AnalysisState.of(d).with(Slot.ANNOTATION, t.annotation()));
    return new TimeStage().apply(s);
  }

  @Test
  void givenDateIsPublishedAsItCameAndDrivesResolution() {
    AnalysisState s = run(sample(), LocalDate.of(1989, 11, 2));
    Published p = s.get(Slot.PUBLISHED);
    assertThat(p.value()).isEqualTo("1989-11-02");
    assertThat(p.source()).isEqualTo("option");
    assertThat(s.get(Slot.TIMES).get(1).value()).isEqualTo("1989-10-27");
  }

  @Test
  void withoutDateValuesStableOverTheInferredRangeAreResolvedAsInferred() {
    Texts t = sample().sentence("Talks/NNS will/MD resume/VB on/IN Nov./NNP 5/CD ,/, 1989/CD ./.")
        .timex("Nov. 5 , 1989", "DATE", "1989-11-05");
    AnalysisState s = run(t, null);
    Published p = s.get(Slot.PUBLISHED);
    assertThat(p.source()).isEqualTo("inferred");
    assertThat(p.earliest()).isEqualTo("1989-10-27");
    assertThat(p.latest()).isEqualTo("1989-11-05");
    TimeExpression oct = s.get(Slot.TIMES).get(1);
    assertThat(oct.value()).isEqualTo("1989-10-27");
    assertThat(oct.derivation()).isEqualTo("inferred");
  }

  @Test
  void stageDeclaresWhatItNeedsAndAdds() {
    TimeStage stage = new TimeStage();
    assertThat(stage.needs()).containsExactlyInAnyOrder(Slot.DOCUMENT, Slot.ANNOTATION, Slot.PUBLISHED);
    assertThat(stage.adds()).containsExactlyInAnyOrder(Slot.TIMES);
  }

  @Test
  void configChoosesTheTaggerAndDefaultsToHeidelTime() {
    assertThatThrownBy(() -> Config.defaults().withTimeTagger("treetagger")).isInstanceOf(ConfigException.class);
    assertThat(Config.defaults().timeTagger()).isEqualTo("heideltime");
    assertThat(TimeStage.forConfig(Config.defaults().withTimeTagger("sutime")).tagger())
        .isEqualTo(TimeStage.Tagger.SUTIME);
  }

}
