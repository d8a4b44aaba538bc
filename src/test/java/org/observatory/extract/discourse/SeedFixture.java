package org.observatory.extract.discourse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.observatory.core.Provenance;
import org.observatory.document.Document;
import org.observatory.document.DocumentIds;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.TimexMention;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.RecordAssembler;
import org.observatory.pipeline.Slot;
import org.observatory.record.Actor;
import org.observatory.record.TimeExpression;
import org.observatory.testing.Annotators;
import org.observatory.testing.SharedData;

/**
 * The seed as the pipeline would hand it to the discourse stages: header line read into outlet and URL, footnote
 * markers removed, annotated by CoreNLP with the document date 2020-02-03, and ACTORS/TIMES built by hand (the
 * actor and time stages are developed in parallel) from the annotation and the actor list below.
 */
public final class SeedFixture {

  private SeedFixture() {}

  public static AnalysisState state() {
    Document d = document();
    Annotation a = Annotators.full().annotate(new AnnotationRequest(d.text(), d.published()));
    return AnalysisState.of(d).with(Slot.ANNOTATION, a).with(Slot.ACTORS, actors(d.text()))
        .with(Slot.TIMES, times(a)).with(Slot.PUBLISHED, RecordAssembler.given(d));
  }

  static Document document() {
    String raw;
    try {
      raw = Files.readString(SharedData.requireSeed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String header = raw.substring(0, raw.indexOf('\n'));
    String[] parts = header.replaceAll("^-\\s*|\\s*-$", "").split("\\s+\\|\\s+|\\s+-\\s+");
    String text = raw.substring(raw.indexOf('\n') + 1).replaceAll("\\[\\d+\\]", "").strip();
    String title = text.substring(0, text.indexOf('\n')).strip();
    return new Document(DocumentIds.of(text), text, title, parts[0].strip(), parts[1].strip(), parts[2].strip(),
        LocalDate.of(2020, 2, 3), "option", List.of(), "seed", null);
  }

  /** What the actor stage is expected to find, located by searching the text. */
  static List<Actor> actors(String text) {
    List<Actor> out = new ArrayList<>();
    add(out, text, "Turkey", "Turkey", "TUR", "TUR", "government", null);
    add(out, text, "Ankara", "Turkey", "TUR", "TUR", "government", null);
    add(out, text, "Turkish", "Turkey", "TURMIL", "TUR", "military", null);
    add(out, text, "President Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "TURGOV", "TUR", "person", "President");
    add(out, text, "Erdogan", "Recep Tayyip Erdogan", "TURGOV", "TUR", "person", "President");
    add(out, text, "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", null, "SYR", "media",
        null);
    add(out, text, "Syria’s Ministry of Foreign Affairs and Expatriates", "Syrian Ministry of Foreign Affairs",
        "SYRGOV", "SYR", "government", null);
    add(out, text, "Syrian government forces", "Syria", "SYRMIL", "SYR", "military", null);
    add(out, text, "Russia", "Russia", "RUS", "RUS", "government", null);
    add(out, text, "Moscow", "Russia", "RUS", "RUS", "government", null);
    add(out, text, "Russian President Vladimir Putin", "Vladimir Putin", "RUSGOV", "RUS", "person", "President");
    add(out, text, "US", "United States", "USA", "USA", "government", null);
    add(out, text, "YPG", "People's Protection Units", "SYRREB", "SYR", "rebel", null);
    return out;
  }

  private static void add(List<Actor> out, String text, String phrase, String canonical, String code,
      String country, String sector, String title) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (at + phrase.length() >= text.length() || !Character.isLetter(text.charAt(at + phrase.length())));
      if (word) {
        out.add(new Actor(phrase, at, at + phrase.length(), canonical, code, country, sector, title,
            Provenance.of("test", "hand-built", null)));
      }
    }
  }

  /** SUTime's values as they come (its "two days earlier" is wrongly anchored on the document date). */
  static List<TimeExpression> times(Annotation a) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimexMention t : a.timexes()) {
      String v = t.value();
      String precision = v == null ? "unresolved" : v.matches("\\d{4}-\\d{2}-\\d{2}") ? "day"
          : v.matches("\\d{4}") ? "year" : "unresolved";
      out.add(new TimeExpression(t.text(), t.span().start(), t.span().end(), t.type(), v, precision, "explicit", null,
          Provenance.of("test", "sutime", t.span())));
    }
    return out;
  }
}
