package org.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the code base that the compiler does not check, read from the source tree. */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src", "main", "java", "org", "observatory");

  private static List<Path> javaFiles() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void coreNlpTypesAppearOnlyInTheAdapterPackage() {
    Path adapter = MAIN.resolve("nlp").resolve("corenlp");
    assertThat(javaFiles())
        .filteredOn(p -> !p.startsWith(adapter))
        .filteredOn(p -> read(p).contains("import edu.stanford."))
        .as("files importing CoreNLP outside nlp.corenlp")
        .isEmpty();
  }

  @Test
  void onlyTheServiceAndTheAdapterNameTheAdapterPackage() {
    Path adapter = MAIN.resolve("nlp").resolve("corenlp");
    Path service = MAIN.resolve("service");
    assertThat(javaFiles())
        .filteredOn(p -> !p.startsWith(adapter) && !p.startsWith(service))
        .filteredOn(p -> read(p).contains("import org.observatory.nlp.corenlp."))
        .as("files wiring CoreNLP outside the service layer")
        .isEmpty();
  }

  @Test
  void everyPackageSaysWhatItOwnsInAPackageInfo() {
    assertThat(javaFiles().stream().map(Path::getParent).distinct())
        .filteredOn(dir -> !Files.exists(dir.resolve("package-info.java")))
        .as("packages without package-info.java")
        .isEmpty();
  }

  @Test
  void noMethodDeclaresThrowsException() {
    assertThat(javaFiles())
        .filteredOn(p -> read(p).contains("throws Exception"))
        .as("files declaring 'throws Exception'")
        .isEmpty();
  }
}
