package org.observatory.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.json.Json;

class PublishedJsonTest {

  @Test
  void jsonWrittenBeforeTheLikelyFieldReadsWithoutALikelyRange() {
    String old = "{\"value\":\"2020-01-25\",\"source\":\"inferred\",\"earliest\":\"2019-01-25\","
        + "\"latest\":\"2020-02-24\",\"method\":\"m\"}";
    Published p = Json.read(old, Published.class);
    assertThat(p).isEqualTo(new Published("2020-01-25", "inferred", "2019-01-25", "2020-02-24", "m"));
    assertThat(p.likely()).isNull();
  }

  @Test
  void aLikelyRangeWithItsWindowsSurvivesTheRoundTrip() {
    Published.Likely l = new Published.Likely("2019-01-25", "2020-03-25", "lag",
        List.of(new Published.Window("2019-01-25", "2019-03-26"), new Published.Window("2020-01-25", "2020-03-25")));
    Published p = new Published("2020-01-25", "inferred", "2019-01-25", "2020-03-25", "m", l);
    Published back = Json.read(Json.compact(p), Published.class);
    assertThat(back).isEqualTo(p);
    assertThat(back.likely().contains("2020-02-03")).isTrue();
    assertThat(back.likely().contains("2019-06-01")).isFalse();
    assertThat(back.likely().days()).isEqualTo(61 + 61);
  }

  @Test
  void jsonWrittenBeforeThePrecisionFieldReadsWithNoPrecisionAndItsValue() {
    String old = "{\"value\":\"2020-01-25\",\"source\":\"inferred\",\"earliest\":\"2019-01-25\","
        + "\"latest\":\"2020-02-24\",\"method\":\"m\",\"likely\":null}";
    Published p = Json.read(old, Published.class);
    assertThat(p.precision()).isNull();
    assertThat(p.value()).isEqualTo("2020-01-25");
  }

  @Test
  void aRangeWithNoBestDayWritesAYearPrecisionAndANullValue() {
    Published p = new Published(null, "inferred", "2010-01-01", "2015-12-31", "m", null, Published.YEAR);
    String json = Json.compact(p);
    assertThat(json).contains("\"precision\":\"year\"");
    assertThat(Json.read(json, Published.class)).isEqualTo(p);
  }
}
