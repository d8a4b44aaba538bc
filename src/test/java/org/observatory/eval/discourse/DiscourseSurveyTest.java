package org.observatory.eval.discourse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.PipelineException;
import org.observatory.extract.time.TimeStage;

/** Regression: the survey ran the time stage before anything added PUBLISHED and failed on the first document. */
class DiscourseSurveyTest {

  @Test
  void aTimeStageWithoutTheDocumentDateBeforeItIsRefusedAtConstruction() {
    assertThatThrownBy(() -> new DiscourseSurvey(List.of(new TimeStage())))
        .isInstanceOf(PipelineException.class).hasMessageContaining("needs");
  }
}
