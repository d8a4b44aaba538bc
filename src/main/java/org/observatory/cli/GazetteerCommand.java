package org.observatory.cli;

import org.observatory.cli.place.GazetteerBuildCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code observatory gazetteer ...}: manage the gazetteer index. */
@Command(name = "gazetteer", description = "Manage the gazetteer index.", mixinStandardHelpOptions = true,
    subcommands = {GazetteerBuildCommand.class})
public final class GazetteerCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a gazetteer command: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
