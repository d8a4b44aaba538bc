package org.observatory.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observatory.core.ConfigException;

class KnownPeriodsTest {

  @Test
  void theBundledListLoadsAndEveryPeriodHasASourceAndStartsBeforeItEnds() {
    List<KnownPeriods.Known> all = KnownPeriods.standard().periods();
    assertThat(all).hasSizeGreaterThan(20);
    assertThat(all).allSatisfy(k -> {
      assertThat(k.source()).isNotBlank();
      assertThat(k.nouns()).isNotEmpty();
      assertThat(k.end() == null || !k.end().isBefore(k.start())).isTrue();
      assertThat(k.countries().isEmpty() && k.names().isEmpty()).isFalse();
    });
  }

  @Test
  void theSyrianCivilWarIsFoundByItsCountryAndNoun() {
    List<KnownPeriods.Known> ks = KnownPeriods.standard().of(Set.of("syria"), "war");
    assertThat(ks).extracting(KnownPeriods.Known::start).containsExactly(LocalDate.of(2011, 3, 15));
  }

  @Test
  void aPeriodListedUnderSeveralNamesIsFoundByEach() {
    KnownPeriods kp = KnownPeriods.parse(List.of(
        "country\tnarnia\tnarnia|narnian",
        "period\twhite-winter\t1900-01-01\t1999-12-31\tnarnia\tthe long winter|white winter\twar|siege\tinvented"));
    assertThat(kp.named("since the white winter began", "war")).hasSize(1);
    assertThat(kp.named("since the long winter began", "siege")).hasSize(1);
    assertThat(kp.named("since the white winter began", "uprising")).isEmpty();
  }

  @Test
  void aNamePossessiveWrittenWithoutItsApostropheStillNamesTheCountry() {
    KnownPeriods kp = KnownPeriods.parse(List.of("country\tnarnia\tnarnia|narnian"));
    assertThat(kp.mentions("in narnias long war")).extracting(KnownPeriods.Mention::country)
        .containsExactly("narnia");
    assertThat(kp.mentions("in narniaville")).isEmpty();
  }

  @Test
  void theDominantCountryMustBeMentionedTwiceAsOftenAsAnyOtherCandidate() {
    KnownPeriods kp = KnownPeriods.parse(List.of("country\ta\tarcadia", "country\tb\tborduria"));
    List<String> texts = List.of("arcadia and arcadia", "borduria");
    assertThat(kp.dominant(texts, Set.of("a", "b"))).contains("a");
    assertThat(kp.dominant(List.of("arcadia , arcadia , borduria , borduria"), Set.of("a", "b"))).isEmpty();
    assertThat(kp.dominant(List.of("arcadia , borduria , borduria , borduria"), Set.of("a"))).isEmpty();
  }

  @Test
  void anAgeNearTheWholeLengthOfAFinishedPeriodDoesNotDescribeItAsRunning() {
    KnownPeriods.Known k = new KnownPeriods.Known("w", LocalDate.of(1980, 9, 22), LocalDate.of(1988, 8, 20),
        Set.of(), List.of(), Set.of("war"), "invented");
    assertThat(k.runningAt(5)).isTrue();
    assertThat(k.runningAt(7)).isFalse();
    assertThat(k.runningAt(8)).isFalse();
  }

  @Test
  void aRowWithoutASourceOrWithAnUnknownCountryIsRejected() {
    assertThatThrownBy(() -> KnownPeriods.parse(List.of(
        "period\tp\t2000-01-01\t-\t-\tsome war\twar\t"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> KnownPeriods.parse(List.of(
        "period\tp\t2000-01-01\t-\tnowhere\t-\twar\tinvented"))).isInstanceOf(ConfigException.class);
  }

  @Test
  void pluralNounsAreKeyedByTheirSingularButCrisisStaysWhole() {
    assertThat(KnownPeriods.noun("wars")).isEqualTo("war");
    assertThat(KnownPeriods.noun("civil war")).isEqualTo("war");
    assertThat(KnownPeriods.noun("crisis")).isEqualTo("crisis");
  }
}
