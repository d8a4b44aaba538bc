package org.observatory.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code observatory eval ...}: quality measurements on public benchmarks. */
@Command(name = "eval", description = "Measure quality on public benchmark data.", mixinStandardHelpOptions = true,
    subcommands = {org.observatory.cli.sources.DatelineEvalCommand.class})
public final class EvalCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to evaluate: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
