package org.observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.json.Json;
import org.observatory.render.EventTable;
import org.observatory.service.ObservatoryService;
import org.observatory.store.EventQuery;
import org.observatory.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observatory events}: list stored events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events.")
public final class EventsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--db", paramLabel = "FILE", description = "Store file (default: <home>/observatory.db).")
  Path db;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this date.")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before this date.")
  String until;

  @Option(names = "--place", paramLabel = "TEXT", description = "Place or first-level unit name contains TEXT.")
  String place;

  @Option(names = "--actor", paramLabel = "TEXT", description = "An actor's canonical name or mention contains TEXT.")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER type, or ACLED event or sub-event type.")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N events.")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
  String format;

  @Override
  public Integer call() {
    OutputFormat out = OutputFormat.parse(format);
    Config config = common.config();
    EventQuery q = new EventQuery(CommonOptions.date("--since", since), CommonOptions.date("--until", until), place,
        actor, type, limit);
    List<StoredEvent> events = new ObservatoryService(config).events(db != null ? db : config.defaultDb(), q);
    PrintWriter w = spec.commandLine().getOut();
    if (out == OutputFormat.JSON || out == OutputFormat.JSONL) {
      w.println(Json.pretty(events));
    } else {
      w.print(new EventTable().render(events));
    }
    w.flush();
    return ExitCodes.OK;
  }
}
