package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.record.TimeExpression;

class BareCandidatesTest {

  private static final LocalDate REF = LocalDate.of(2021, 6, 14);

  private static List<TimeExpression> times(Texts t) {
    return new Resolver(REF, false).resolve(t.annotation());
  }

  @Test
  void barePluralUnitAfterAPrepositionIsAVagueDuration() {
    Texts t = new Texts().sentence("The/DT villagers/NNS had/VBD/have waited/VBN/wait for/IN years/NNS ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("years", "DURATION", "PXY"));
  }

  @Test
  void barePluralAfterTheAndAPrepositionKeepsTheArticle() {
    Texts t = new Texts().sentence("Over/IN the/DT months/NNS ,/, the/DT river/NN rose/VBD/rise ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple("the months", "PXM"));
  }

  @Test
  void countedQuantifiedOrModifiedPluralsAreNotBare() {
    Texts t = new Texts().sentence("It/PRP took/VBD/take hundreds/NNS of/IN years/NNS and/CC many/JJ weeks/NNS "
        + "in/IN the/DT first/JJ days/NNS of/IN school/NN days/NNS ./.");
    assertThat(times(t)).isEmpty();
  }

  @Test
  void aBarePluralAfterAnObjectNounCountsWhenAfterOrBeforeFollows() {
    Texts t = new Texts().sentence("Crews/NNS cleared/VBD/clear the/DT tracks/NNS hours/NNS after/IN the/DT "
        + "crash/NN ,/, but/CC the/DT station/NN weeks/NNS stayed/VBD/stay shut/JJ ./.");
    assertThat(times(t)).extracting(TimeExpression::text).containsExactly("hours");
  }

  @Test
  void soonInAFutureClauseIsAFutureReference() {
    Texts t = new Texts().sentence("The/DT council/NN will/MD soon/RB vote/VB/vote on/IN the/DT plan/NN ./.");
    assertThat(times(t)).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("soon", "FUTURE_REF"));
  }

  @Test
  void soonInAPastNarrativeOrAsSoonAsIsNotATimeExpression() {
    Texts t = new Texts().sentence("The/DT driver/NN was/VBD/be soon/RB released/VBN/release ./.")
        .sentence("Call/VB/call us/PRP as/RB soon/RB as/IN you/PRP can/MD ./.");
    assertThat(times(t)).isEmpty();
  }
}
