package org.observatory.extract.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.observatory.config.DataPaths;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.corenlp.CoreNlpAnnotator;
import org.observatory.nlp.corenlp.CoreNlpOptions;
import org.observatory.record.Event;

/** Developer tool (not a test): prints the parse and events of a text file. */
public final class EventDump {
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    Document d = Document.ofText(text, args[0]);
    Annotation a = new CoreNlpAnnotator(CoreNlpOptions.full()).annotate(new AnnotationRequest(text,
        LocalDate.parse("2020-02-03")));
    if (args.length > 1) {
      for (Sentence s : a.sentences()) {
        System.out.println("## " + s.span().of(text));
        for (Dependency dep : s.dependencies()) {
          System.out.println("  " + dep.relation() + "(" + (dep.governor() < 0 ? "ROOT" : s.tokens().get(dep.governor()).text())
              + ", " + s.tokens().get(dep.dependent()).text() + ")");
        }
      }
    }
    EventExtractor x = new EventExtractor(EventOntology.load(DataPaths.defaultDataDir()), TriggerLexicon.builtIn(),
        CameoVerbDictionary.load(DataPaths.defaultDataDir()), AcledRules.builtIn());
    for (Event e : x.extract(EventContext.parseOnly(d, a))) {
      System.out.println(e.type() + "/" + e.mode() + " " + e.acled() + " '" + e.trigger().text() + "' " + e.modality()
          + " " + e.actors() + " date=" + e.date().value() + "(" + e.date().derivation() + ") rule=" + e.provenance().rule());
    }
  }
}
