package org.observatory.extract.time;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;

/** The same seed checks with HeidelTime's candidates instead of SUTime's. */
class HeidelTimeSeedIT extends TimeStageSeedIT {

  @BeforeAll
  static void analyse() throws IOException {
    analyse(new TimeStage(TimeStage.Tagger.HEIDELTIME));
  }
}
