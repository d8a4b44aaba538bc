package org.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract for bad input: one error line per bad item naming it, and a non-zero exit code. */
class CliTest {

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--home";
    all[args.length + 1] = dir.resolve("home").toString();
    int exit = cl.execute(all);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyBadInputInABatchGetsItsOwnErrorLineAndTheExitCodeSaysBadInput() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    Path noText = Files.writeString(dir.resolve("page.html"), "<html><body><nav>Home</nav></body></html>");
    Path missing = dir.resolve("missing.txt");

    Run r = run("analyze", empty.toString(), binary.toString(), latin1.toString(), huge.toString(),
        noText.toString(), missing.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    String[] lines = r.err().strip().split("\n");
    assertThat(lines).hasSize(6);
    assertThat(lines).allMatch(l -> l.startsWith("observatory: error: "));
    assertThat(r.err()).contains("empty.txt: empty", "binary.txt: binary", "latin1.txt: invalid UTF-8",
        "huge.txt: too large", "page.html: HTML page has no text", "missing.txt: no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOutputFormatIsAConfigurationError() throws IOException {
    Path text = Files.writeString(dir.resolve("a.txt"), "Text.");
    Run r = run("analyze", "--format", "xml", text.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("unknown output format 'xml'");
  }

  @Test
  void aMalformedDateIsAConfigurationErrorNamingTheOption() throws IOException {
    Path text = Files.writeString(dir.resolve("a.txt"), "Text.");
    Run r = run("analyze", "--date", "3 Feb 2020", text.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("--date must be a date YYYY-MM-DD");
  }

  @Test
  void listingEventsOfAStoreThatDoesNotExistSaysSoInsteadOfCreatingIt() {
    Path db = dir.resolve("none.db");
    Run r = run("events", "--db", db.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(r.err()).contains("no store at");
    assertThat(db).doesNotExist();
  }

  @Test
  void missingReferenceDataFailsTheBatchOnceWithItsOwnExitCode() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Turkish troops entered Idlib.");
    Path b = Files.writeString(dir.resolve("b.txt"), "Russian jets struck Saraqib.");
    Run r = run("analyze", "--data", dir.resolve("no-data").toString(), a.toString(), b.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.DATA_MISSING);
    assertThat(r.err().strip().split("\n")).singleElement().asString()
        .startsWith("observatory: error: reference data not found");
  }

  @Test
  void anUnknownConfigurationKeyIsRefused() throws IOException {
    Path config = Files.writeString(dir.resolve("c.json"), "{\"timeTager\": \"sutime\"}");
    Path text = Files.writeString(dir.resolve("a.txt"), "Text.");
    Run r = run("analyze", "--config", config.toString(), text.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.CONFIG);
    assertThat(r.err()).contains("unknown configuration key 'timeTager'");
  }
}
