package org.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.config.Config;
import org.observatory.core.BadInputException;
import org.observatory.document.Citation;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;
import org.observatory.testing.SharedData;

class TextDocumentsTest {

  private static final String REPORT = "- The Daily Gazette | News you can trust - https://gazette.example/world -\n"
      + "\n"
      + "Rebels seize hilltop near Aleppo: monitor\n"
      + "\n"
      + "Rebels took a hilltop on Monday, a monitor said  [1]on Tuesday.\n"
      + "\n"
      + "The army denied it [2].\n";

  @Test
  void headerLineGivesOutletTaglineAndUrl() {
    Document d = TextDocuments.parse(REPORT, "report.txt");
    assertThat(d.outlet()).isEqualTo("The Daily Gazette");
    assertThat(d.tagline()).isEqualTo("News you can trust");
    assertThat(d.url()).isEqualTo("https://gazette.example/world");
  }

  @Test
  void lineAfterTheHeaderIsTheTitleAndTheTextStartsThere() {
    Document d = TextDocuments.parse(REPORT, "report.txt");
    assertThat(d.title()).isEqualTo("Rebels seize hilltop near Aleppo: monitor");
    assertThat(d.text()).startsWith("Rebels seize hilltop near Aleppo: monitor\n\nRebels took");
  }

  @Test
  void footnoteMarkersLeaveTheTextAndBecomeCitationsAtTheirNewOffsets() {
    Document d = TextDocuments.parse(REPORT, "report.txt");
    assertThat(d.text()).doesNotContain("[1]").doesNotContain("[2]")
        .contains("a monitor said on Tuesday.").contains("The army denied it.");
    assertThat(d.citations()).extracting(Citation::marker).containsExactly("[1]", "[2]");
    Citation first = d.citations().get(0);
    assertThat(d.text().substring(0, first.offset())).endsWith("a monitor said");
    assertThat(d.text().substring(0, d.citations().get(1).offset())).endsWith("The army denied it");
  }

  @Test
  void documentIdIsTheHashOfTheAnalysedText() {
    Document d = TextDocuments.parse(REPORT, "report.txt");
    assertThat(d.id()).isEqualTo(DocumentIds.of(d.text()));
  }

  @Test
  void plainTextWithoutHeaderOrMarkersIsKeptExactly() {
    String text = "\n  Turkish troops crossed into Syria on Sunday.\nThey moved south.  \n\n";
    Document d = TextDocuments.parse(text, "plain.txt");
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.outlet()).isNull();
    assertThat(d.title()).isNull();
    assertThat(d.citations()).isEmpty();
  }

  @Test
  void firstLineWithoutHeaderIsTheTitleOnlyWhenABlankLineFollowsIt() {
    String titled = "Clashes in Daraa\n\nFighting broke out on Monday.";
    String untitled = "Clashes in Daraa\nFighting broke out on Monday.";
    assertThat(TextDocuments.parse(titled, "a").title()).isEqualTo("Clashes in Daraa");
    assertThat(TextDocuments.parse(titled, "a").text()).isEqualTo(titled);
    assertThat(TextDocuments.parse(untitled, "b").title()).isNull();
  }

  @Test
  void sentenceAfterTheHeaderIsNotTakenForATitle() {
    String text = "- Gazette - https://g.example -\nTroops crossed the border on Sunday, officials said.\n\nMore.";
    Document d = TextDocuments.parse(text, "x");
    assertThat(d.title()).isNull();
    assertThat(d.outlet()).isEqualTo("Gazette");
    assertThat(d.tagline()).isNull();
    assertThat(d.text()).startsWith("Troops crossed");
  }

  @Test
  void headerWithNothingAfterItIsBadInput() {
    assertThatThrownBy(() -> TextDocuments.parse("- Gazette | Tag - https://g.example -\n\n", "h.txt"))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("h.txt: ");
  }

  @Test
  void leadingWeekdayDateSetsPublishedFromTheDateline() {
    Document d = TextDocuments.parse("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use.", "f");
    assertThat(d.published()).isEqualTo(LocalDate.of(2017, 4, 5));
    assertThat(d.publishedSource()).isEqualTo("dateline");
  }

  @Test
  void agencyDatelineWithYearSetsPublished() {
    Document d = TextDocuments.parse("BEIRUT, Feb. 3, 2020 (Reuters) - Turkish troops entered Idlib.", "f");
    assertThat(d.published()).isEqualTo(LocalDate.of(2020, 2, 3));
  }

  @Test
  void datelineWithoutYearOrWithAWrongWeekdayIsIgnored() {
    assertThat(TextDocuments.parse("BEIRUT, Feb 3 (Reuters) - Troops entered Idlib.", "f").published()).isNull();
    assertThat(TextDocuments.parse("Mon 05 Apr 2017 Troops entered Idlib.", "f").published()).isNull();
  }

  @Test
  void labelledPublicationDateIsADateline() {
    assertThat(TextDocuments.parse("Published on February 18 2015 The army captured villages.", "f").published())
        .isEqualTo(LocalDate.of(2015, 2, 18));
    assertThat(TextDocuments.parse("Date of publication: 5 July 2016 A bomb exploded.", "f").published())
        .isEqualTo(LocalDate.of(2016, 7, 5));
  }

  @Test
  void numericDatelinesAreDayFirstWithDotsAndReadWithSlashesOnlyWhenUnambiguous() {
    assertThat(TextDocuments.parse("24.08.2013 Rebels were accused.", "f").published())
        .isEqualTo(LocalDate.of(2013, 8, 24));
    assertThat(TextDocuments.parse("05-09-2013 A car bomb exploded.", "f").published())
        .isEqualTo(LocalDate.of(2013, 9, 5));
    assertThat(TextDocuments.parse("8/24/2013 Rebels were accused.", "f").published())
        .isEqualTo(LocalDate.of(2013, 8, 24));
    assertThat(TextDocuments.parse("5/9/2013 A car bomb exploded.", "f").published()).isNull();
  }

  @Test
  void datelineAfterATitleIsFound() {
    Document d = TextDocuments.parse("Troops enter Idlib\n\n12 February 2015 Troops entered Idlib.", "f");
    assertThat(d.published()).isEqualTo(LocalDate.of(2015, 2, 12));
  }

  @Test
  void seedReportReadsOutletTitleUrlAndTwoCitations() {
    Path seed = SharedData.requireSeed();
    List<ReadResult> results = new DocumentReader().read(seed.toString(), InputFormat.AUTO, Config.defaults());
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Success.class);
    Document d = ((ReadResult.Success) results.get(0)).document();
    assertThat(d.outlet()).isEqualTo("madaresharghi");
    assertThat(d.tagline()).isEqualTo("An Analytical Look at Middle Eastern Developments");
    assertThat(d.url()).isEqualTo("https://madaresharghi.ir/en");
    assertThat(d.title()).isEqualTo("Turkey dispatches large military convoy to Syria\u2019s Idlib province: Observatory");
    assertThat(d.citations()).hasSize(2);
    assertThat(d.text()).doesNotContain("[1]").doesNotContain("[2]").doesNotContain("  ")
        .startsWith(d.title());
    assertThat(d.published()).isNull();
  }

  @Test
  void seedCitationOffsetsPointBetweenTheWordsTheMarkersSeparated() throws Exception {
    Path seed = SharedData.requireSeed();
    Document d = TextDocuments.parse(Files.readString(seed), seed.toString());
    for (Citation c : d.citations()) {
      assertThat(c.offset()).isBetween(1, d.text().length() - 1);
      assertThat(Character.isLetter(d.text().charAt(c.offset() - 1))).isTrue();
      assertThat(Character.isSpaceChar(d.text().charAt(c.offset()))).isTrue();
    }
  }
}
