package org.observatory.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.extract.actor.ActorDictionary;
import org.observatory.extract.actor.DatedRole;
import org.observatory.extract.time.DateConstraint;
import org.observatory.nlp.Annotation;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.record.Actor;
import org.observatory.record.Published;

class RoleConstraintsTest {

  /** A tiny dictionary in the Phoenix format: two persons with dated offices, one with an undated office. */
  private static final String CAMEO = String.join("\n",
      "BILL_CLINTON_  # CountryInfo.txt",
      "+PRESIDENT_CLINTON",
      "\t[USAELI 640101-930120]",
      "\t[USAGOV 930120-010120]",
      "\t[USAELI]",
      "BENJAMIN_NETANYAHU_  # CountryInfo.txt",
      "\t[ISRELI 670101-960618]",
      "\t[ISRGOV 960618-990706]",
      "\t[ISRGOV >090401]",
      "HELMUT_KOHL_  # CountryInfo.txt",
      "\t[DEUGOV 821001-981027]",
      "JOHN_DOE_  # CountryInfo.txt",
      "\t[USAGOV]",
      "");

  private static final ActorDictionary DICT = ActorDictionary.of(CAMEO, "", "", Map.of());
  private static final RoleConstraints ROLES = new RoleConstraints(DICT);

  /** Builds a text of the given mentions, one per sentence, and the actors the actor stage would find. */
  private static final class Mentions {
    final StringBuilder text = new StringBuilder();
    final List<Actor> actors = new ArrayList<>();

    Mentions add(String before, String mention, String canonical, String title) {
      text.append(before);
      int start = text.length();
      text.append(mention).append(" spoke. ");
      actors.add(new Actor(mention, start, start + mention.length(), canonical, null, null, "person", title,
          Provenance.of("actors", "test", new Span(start, start + mention.length()))));
      return this;
    }

    List<DateConstraint> constraints() {
      return ROLES.of(text.toString(), actors);
    }

    Published published() {
      AnalysisState s = AnalysisState.of(Document.ofText(text.toString(), "test"))
          .with(Slot.ANNOTATION, new Annotation(List.of(), List.of(), List.of()))
          .with(Slot.ACTORS, actors);
      return new DocDateStage(DICT).apply(s).get(Slot.PUBLISHED);
    }
  }

  @Test
  void dictionaryListsEveryRoleOfANameWithItsPeriod() {
    assertThat(DICT.rolesOf("President Clinton")).contains(
        new DatedRole("USAGOV", LocalDate.of(1993, 1, 20), LocalDate.of(2001, 1, 20)),
        new DatedRole("USAELI", null, null));
    assertThat(DICT.rolesOf("bill clinton")).hasSize(3);
    assertThat(DICT.rolesOf("Nobody Known")).isEmpty();
  }

  @Test
  void aTitledMentionAllowsOnlyThePeriodsOfOffice() {
    List<DateConstraint> c = new Mentions().add("", "President Clinton", "Bill Clinton", "President").constraints();
    assertThat(c).hasSize(1);
    assertThat(c.get(0).allows(LocalDate.of(1998, 2, 13))).isTrue();
    assertThat(c.get(0).allows(LocalDate.of(1989, 10, 30))).isFalse();
    assertThat(c.get(0).allows(LocalDate.of(2003, 1, 1))).isFalse();
  }

  @Test
  void anUntitledMentionOfAPersonWithAnUndatedRoleSaysNothing() {
    assertThat(new Mentions().add("", "Clinton", "Bill Clinton", null).constraints()).isEmpty();
    assertThat(new Mentions().add("", "Mr. Clinton", "Bill Clinton", "Mr.").constraints()).isEmpty();
  }

  @Test
  void anUntitledMentionOfAPersonWithOnlyDatedRolesAllowsTheirUnion() {
    List<DateConstraint> c = new Mentions().add("", "Kohl", "Helmut Kohl", null).constraints();
    assertThat(c).hasSize(1);
    assertThat(c.get(0).allows(LocalDate.of(1990, 1, 1))).isTrue();
    assertThat(c.get(0).allows(LocalDate.of(2000, 1, 1))).isFalse();
  }

  @Test
  void formerOfficeHoldersAndUndatedOfficesGiveNoConstraint() {
    assertThat(new Mentions().add("the former ", "President Clinton", "Bill Clinton", "President").constraints())
        .isEmpty();
    assertThat(new Mentions().add("", "President John Doe", "John Doe", "President").constraints()).isEmpty();
  }

  @Test
  void anOpenEndedOfficeLeavesTheLaterSideOpen() {
    List<DateConstraint> c = new Mentions().add("", "Prime Minister Netanyahu", "Benjamin Netanyahu",
        "Prime Minister").constraints();
    assertThat(c.get(0).allows(LocalDate.of(1997, 1, 1))).isTrue();
    assertThat(c.get(0).allows(LocalDate.of(2005, 1, 1))).isFalse();
    assertThat(c.get(0).allows(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void mentionsAreIntersectedIntoThePeriodBothHeldOffice() {
    Published p = new Mentions().add("", "President Clinton", "Bill Clinton", "President")
        .add("", "Prime Minister Netanyahu", "Benjamin Netanyahu", "Prime Minister").published();
    assertThat(p.source()).isEqualTo("inferred");
    assertThat(p.earliest()).isEqualTo("1996-06-18");
    assertThat(p.latest()).isEqualTo("1999-07-06");
  }

  @Test
  void aConstraintContradictingTheOthersIsOutvotedNotEmptyingTheRange() {
    Published p = new Mentions().add("", "President Clinton", "Bill Clinton", "President")
        .add("", "Prime Minister Netanyahu", "Benjamin Netanyahu", "Prime Minister")
        .add("", "Chancellor Kohl", "Helmut Kohl", "Chancellor")
        .add("", "Kohl", "Helmut Kohl", null).published();
    assertThat(p.earliest()).isEqualTo("1996-06-18");
    assertThat(p.latest()).isEqualTo("1998-10-27");
    Published q = new Mentions().add("", "Chancellor Kohl", "Helmut Kohl", "Chancellor")
        .add("", "Prime Minister Netanyahu", "Benjamin Netanyahu", "Prime Minister")
        .add("", "President Clinton", "Bill Clinton", "President").published();
    assertThat(q.earliest()).isEqualTo("1996-06-18");
    assertThat(q.method()).doesNotContain("outvoted");
  }

  @Test
  void withNoEvidenceAtAllThePublicationDateIsUnknown() {
    Published p = new Mentions().add("", "Clinton", "Bill Clinton", null).published();
    assertThat(p).isEqualTo(Published.unknown());
  }

  @Test
  void aGivenDateIsPublishedExactlyAsGiven() {
    Mentions m = new Mentions().add("", "President Clinton", "Bill Clinton", "President");
    Document d = Document.ofText(m.text.toString(), "test").withPublished(LocalDate.of(1989, 10, 30), "meta");
    AnalysisState s = AnalysisState.of(d).with(Slot.ANNOTATION, new Annotation(List.of(), List.of(), List.of()))
        .with(Slot.ACTORS, m.actors);
    Published p = new DocDateStage(DICT).apply(s).get(Slot.PUBLISHED);
    assertThat(p).isEqualTo(Published.given("1989-10-30", "meta"));
  }

  @Test
  void stageRunsAfterTheActorsAndAddsOnlyThePublicationDate() {
    assertThat(new DocDateStage(DICT).needs()).containsExactlyInAnyOrder(Slot.DOCUMENT, Slot.ANNOTATION,
        Slot.ACTORS);
    assertThat(new DocDateStage(DICT).adds()).containsExactly(Slot.PUBLISHED);
  }
}
