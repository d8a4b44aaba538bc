package org.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.config.Config;
import org.observatory.document.Document;

class DocumentReaderTest {

  @TempDir
  Path dir;

  private final DocumentReader reader = new DocumentReader();
  private final Config config = Config.defaults();

  private String failure(Path file) {
    return failure(file.toString());
  }

  private String failure(String arg) {
    List<ReadResult> results = reader.read(arg, InputFormat.AUTO, config);
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Failure.class);
    return ((ReadResult.Failure) results.get(0)).error().getMessage();
  }

  private Document single(String arg, InputFormat format) {
    List<ReadResult> results = reader.read(arg, format, config);
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Success.class);
    return ((ReadResult.Success) results.get(0)).document();
  }

  @Test
  void missingPathIsNamedInOneLine() {
    String missing = dir.resolve("nope.txt").toString();
    assertThat(failure(missing)).isEqualTo(missing + ": no such file or directory");
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRefused() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    assertThat(failure(empty)).isEqualTo(empty + ": empty file");
    assertThat(failure(blank)).isEqualTo(blank + ": empty (only white space)");
  }

  @Test
  void binaryFileIsRefused() throws Exception {
    Path bin = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThat(failure(bin)).startsWith(bin + ": binary file");
  }

  @Test
  void controlCharacterNoiseWithoutNulBytesIsBinary() throws Exception {
    byte[] bytes = "ab\u0001\u0002\u0003\u0004cd".getBytes(StandardCharsets.UTF_8);
    Path noise = Files.write(dir.resolve("noise.txt"), bytes);
    assertThat(failure(noise)).startsWith(noise + ": binary file");
  }

  @Test
  void hundredMegabyteFileIsRefusedFromItsSizeWithoutReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    long start = System.nanoTime();
    String message = failure(big);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(message).startsWith(big + ": too large: 104857600 bytes (limit 10485760 bytes");
    assertThat(millis).isLessThan(1000);
  }

  @Test
  void invalidUtf8ReportsTheByteOffset() throws Exception {
    byte[] bytes = {'S', 'y', 'r', 'i', 'a', ' ', (byte) 0xC3, '(', 'x'};
    Path latin = Files.write(dir.resolve("latin1.txt"), bytes);
    assertThat(failure(latin)).startsWith(latin + ": invalid UTF-8 at byte offset 6");
  }

  @Test
  void htmlPageWithoutTextIsRefused() throws Exception {
    Path page = Files.writeString(dir.resolve("blank.html"), "<html><body><nav>Home</nav></body></html>");
    assertThat(failure(page)).isEqualTo(page + ": HTML page has no text");
  }

  @Test
  void directoryWithoutReadableFilesIsRefused() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.writeString(sub.resolve(".hidden"), "not for reading");
    assertThat(failure(sub)).isEqualTo(sub + ": directory has no readable files");
  }

  @Test
  void directoryExpandsToItsFilesSortedAndABadFileDoesNotStopTheOthers() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Second report text.");
    Files.createFile(dir.resolve("a.txt"));
    Files.writeString(dir.resolve("c.html"), "<html><body><p>Third report.</p></body></html>");
    List<ReadResult> results = reader.read(dir.toString(), InputFormat.AUTO, config);
    assertThat(results).extracting(ReadResult::origin).containsExactly(
        dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(), dir.resolve("c.html").toString());
    assertThat(results).extracting(r -> r instanceof ReadResult.Success).containsExactly(false, true, true);
  }

  @Test
  void byteOrderMarkIsDropped() throws Exception {
    byte[] text = "Troops crossed.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Path bom = Files.write(dir.resolve("bom.txt"), bytes);
    assertThat(single(bom.toString(), InputFormat.AUTO).text()).isEqualTo("Troops crossed.");
  }

  @Test
  void htmlIsSniffedFromContentWhateverTheExtension() throws Exception {
    Path page = Files.writeString(dir.resolve("page.txt"),
        "<!DOCTYPE html><html><body><p>Shelling hit Maarat al-Numan.</p></body></html>");
    assertThat(single(page.toString(), InputFormat.AUTO).text()).isEqualTo("Shelling hit Maarat al-Numan.");
  }

  @Test
  void jsonlExtensionOrExplicitFormatReadsLines() throws Exception {
    String lines = "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n";
    Path byExt = Files.writeString(dir.resolve("in.ndjson"), lines);
    Path byFlag = Files.writeString(dir.resolve("in.data"), lines);
    assertThat(reader.read(byExt.toString(), InputFormat.AUTO, config)).hasSize(2);
    assertThat(reader.read(byFlag.toString(), InputFormat.JSONL, config)).hasSize(2);
    assertThat(reader.read(byFlag.toString(), InputFormat.AUTO, config)).hasSize(1);
  }

  @Test
  void standardInputIsReadForDash() {
    DocumentReader stdin = new DocumentReader(
        () -> new ByteArrayInputStream("Talks began in Astana.".getBytes(StandardCharsets.UTF_8)));
    List<ReadResult> results = stdin.read("-", InputFormat.AUTO, config);
    assertThat(results).hasSize(1);
    Document d = ((ReadResult.Success) results.get(0)).document();
    assertThat(d.text()).isEqualTo("Talks began in Astana.");
    assertThat(d.origin()).isEqualTo("-");
  }

  @Test
  void oversizedStandardInputIsRefused() {
    Config small = new Config(null, null, "sutime", true, 8);
    DocumentReader stdin = new DocumentReader(
        () -> new ByteArrayInputStream("Talks began in Astana.".getBytes(StandardCharsets.UTF_8)));
    ReadResult r = stdin.read("-", InputFormat.AUTO, small).get(0);
    assertThat(((ReadResult.Failure) r).error().getMessage()).startsWith("-: too large: more than 8 bytes");
  }
}
