package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.core.GreatCircle;
import org.observatory.config.Config;
import org.observatory.document.Document;
import org.observatory.record.AnalysisRecord;
import org.observatory.record.Event;
import org.observatory.record.SourceLink;
import org.observatory.service.Pipelines;
import org.observatory.source.DocumentReader;
import org.observatory.source.InputFormat;
import org.observatory.source.ReadResult;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/** The seed's event acceptance items through the whole standard pipeline (every stage as merged on main). */
class EventSeedPipelineIT {

  private static final double SARAQIB_LAT = 35.8644;
  private static final double SARAQIB_LON = 36.8006;

  private static List<Event> seedEvents() {
    String seed = SharedData.requireSeed().toString();
    ReadResult read = new DocumentReader().read(seed, InputFormat.TEXT, Config.defaults()).get(0);
    Document doc = ((ReadResult.Success) read).document().withPublished(LocalDate.of(2020, 2, 3), "option");
    AnalysisRecord r = Pipelines.standard(Config.defaults(), Annotators.full()).run(doc).record();
    return r.events();
  }

  @Test
  void seedEventsMeetTheAcceptanceListThroughTheWholePipeline() {
    List<Event> events = seedEvents();

    assertThat(events).as("MOBILIZE into Syria, Idlib, 2020-02-02, reported, SOHR and Press TV").anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("MOBILIZE");
      assertThat(e.date().value()).isEqualTo("2020-02-02");
      assertThat(e.modality()).isEqualTo("reported");
      assertThat(e.location()).isNotNull();
      assertThat(e.location().admin1() + " " + e.location().name()).contains("Idlib");
      assertThat(e.attribution()).extracting(SourceLink::name)
          .anySatisfy(n -> assertThat(n).contains("Syrian Observatory"))
          .anySatisfy(n -> assertThat(n).containsIgnoringCase("Press TV"));
      assertThat(e.actors()).anySatisfy(a -> {
        assertThat(a.canonical()).isEqualTo("Turkey");
        assertThat(a.sector()).isEqualTo("military");
      });
    });
    assertThat(events).as("base established within 25 km of Saraqib").anySatisfy(e -> {
      assertThat(e.acled()).isNotNull();
      assertThat(e.acled().eventType()).isEqualTo("Strategic developments");
      assertThat(e.acled().subEventType()).isEqualTo("Headquarters or base established");
      assertThat(GreatCircle.distanceKm(e.location().lat(), e.location().lon(), SARAQIB_LAT, SARAQIB_LON))
          .isLessThan(25);
    });
    assertThat(events).as("conditional threat by Erdogan on Friday, tied to his quote").anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("THREATEN");
      assertThat(e.modality()).isEqualTo("conditional");
      assertThat(e.date().value()).isEqualTo("2020-01-31");
      assertThat(e.quote()).isNotNull();
      assertThat(e.actors()).anySatisfy(a -> assertThat(a.canonical()).contains("Erdogan"));
    });
    assertThat(events).extracting(e -> e.date().value())
        .contains("2020-01-25", "2019-08-05", "2019-10-09", "2019-10-22");
  }
}
