package org.observatory.cli.place;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.gazetteer.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazetteer build [--from DIR] [--index DIR]}: (re)builds the on-disk gazetteer index. */
@Command(name = "build", description = "Build the gazetteer index from GeoNames/OCHA files.", mixinStandardHelpOptions = true)
public final class GazetteerBuildCommand implements Callable<Integer> {

  @Option(names = "--from", description = "directory with GeoNames dumps etc. (default: DATA/gazetteer)")
  Path from;

  @Option(names = "--index", description = "index directory (default: HOME/gazetteer-index)")
  Path index;

  @Override
  public Integer call() {
    Config c = Config.defaults();
    Path src = from != null ? from : c.dataDir().resolve("gazetteer");
    Path dst = index != null ? index : c.gazetteerIndex();
    System.out.println(GazetteerBuilder.build(src, dst).render());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new GazetteerBuildCommand()).execute(args));
  }
}
