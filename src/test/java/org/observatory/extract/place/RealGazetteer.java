package org.observatory.extract.place;

import java.nio.file.Path;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.testing.SharedData;

/** The real gazetteer, opened once per test JVM; its index lives in target/ and is built on first use. */
final class RealGazetteer {

  private RealGazetteer() {}

  private static final class Holder {
    static final Gazetteer G = Gazetteer.open(SharedData.dataDir().resolve("gazetteer"),
        Path.of("target", "gazetteer-index-it"));
  }

  static Gazetteer get() {
    SharedData.require("gazetteer/cities500.txt");
    return Holder.G;
  }
}
