package org.observatory.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.observatory.config.Config;
import org.observatory.json.Json;
import org.observatory.merge.MergedEvent;
import org.observatory.render.EventTable;
import org.observatory.render.MergedEventTable;
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

  @Option(names = "--text", paramLabel = "QUERY", description = "Words that must all occur in the event's sentence, "
      + "trigger, actors, place or document title (English stemming; \"phrases\", OR, NOT and prefix* work).")
  String text;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N events.")
  int limit;

  @Option(names = "--merged",
      description = "One line per real-world event, merging the reports of several documents (docs/merging.md).")
  boolean merged;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
  String format;

  @Override
  public Integer call() {
    OutputFormat out = OutputFormat.parse(format);
    Config config = common.config();
    EventQuery q = new EventQuery(CommonOptions.date("--since", since), CommonOptions.date("--until", until), place,
        actor, type, limit, text);
    ObservatoryService service = new ObservatoryService(config);
    Path store = db != null ? db : config.defaultDb();
    boolean json = out == OutputFormat.JSON || out == OutputFormat.JSONL;
    PrintWriter w = spec.commandLine().getOut();
    if (merged) {
      List<MergedEvent> events = service.mergedEvents(store, q);
      w.print(json ? Json.pretty(events) + "\n" : new MergedEventTable().render(events));
    } else {
      List<StoredEvent> events = service.events(store, q);
      w.print(json ? Json.pretty(events) + "\n" : new EventTable().render(events));
    }
    w.flush();
    return ExitCodes.OK;
  }
}
