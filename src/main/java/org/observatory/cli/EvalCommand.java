package org.observatory.cli;

import org.observatory.cli.discourse.DiscourseSurveyCommand;
import org.observatory.cli.event.EvalEventsCommand;
import org.observatory.cli.place.EvalPlacesCommand;
import org.observatory.cli.sources.DatelineEvalCommand;
import org.observatory.cli.time.EvalDocDateCommand;
import org.observatory.cli.time.EvalEventTimeCommand;
import org.observatory.cli.time.EvalTimeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code observatory eval ...}: quality measurements on public benchmarks. */
@Command(name = "eval", description = "Measure quality on public benchmark data.", mixinStandardHelpOptions = true,
    subcommands = {EvalTimeCommand.class, EvalDocDateCommand.class, EvalEventTimeCommand.class, EvalPlacesCommand.class,
        EvalEventsCommand.class, DiscourseSurveyCommand.class, DatelineEvalCommand.class})
public final class EvalCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to evaluate: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
