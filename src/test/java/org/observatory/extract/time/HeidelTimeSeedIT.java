package org.observatory.extract.time;

/** The same seed checks with HeidelTime's candidates instead of SUTime's. */
class HeidelTimeSeedIT extends TimeStageSeedIT {

  @Override
  TimeStage stage() {
    return new TimeStage(TimeStage.Tagger.HEIDELTIME);
  }
}
