package org.observatory.cli;

import java.io.PrintWriter;
import org.observatory.core.ObservatoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./observatory}. */
@Command(name = "observatory", mixinStandardHelpOptions = true, version = "observatory 0.1.0",
    description = "Turns news reports into a sourced, geolocated, time-resolved record of events.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, EventsCommand.class, EvalCommand.class, GazetteerCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line: one error line on stderr and a mapped exit code for every failure. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      PrintWriter err = line.getErr();
      if (ex instanceof ObservatoryException) {
        err.println("observatory: error: " + ex.getMessage());
      } else {
        err.println("observatory: internal error: " + ex);
        if (System.getenv("OBSERVATORY_DEBUG") != null) {
          ex.printStackTrace(err);
        }
      }
      err.flush();
      return ExitCodes.of(ex);
    });
    return cl;
  }
}
