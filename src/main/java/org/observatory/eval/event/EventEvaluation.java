package org.observatory.eval.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.observatory.document.Document;
import org.observatory.extract.event.AcledCategory;
import org.observatory.extract.event.EventContext;
import org.observatory.extract.event.EventExtractor;
import org.observatory.extract.event.EventOntology;
import org.observatory.extract.event.PloverType;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.record.Event;
import org.observatory.record.EventActor;

/**
 * Runs event coding over a gold set and scores it. Each gold item counts once, with the type of the event whose
 * trigger lies in the gold event text (else the first event; for ACLED labels, the first event with an ACLED
 * coding). Items are coded with no other stage's records (the parse only), so sources and targets are the
 * argument phrases. Thread-safe if the annotator is.
 */
public final class EventEvaluation {

  /** Label for "no event" / "no ACLED coding". */
  public static final String NONE = "NONE";

  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

  private final Annotator annotator;
  private final EventExtractor extractor;
  private final EventOntology ontology;

  public EventEvaluation(Annotator annotator, EventExtractor extractor, EventOntology ontology) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.ontology = ontology;
  }

  /** Scores PLOVER types (16 labels), and source and target matches where the gold gives them. */
  public EvalReport plover(List<GoldItem> gold, int excluded) {
    List<String> labels = Arrays.stream(PloverType.values()).map(Enum::name).toList();
    List<String> g = new ArrayList<>();
    List<String> p = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int[] src = new int[2];
    int[] tgt = new int[2];
    for (GoldItem item : gold) {
      Optional<Event> e = chosen(item, events(item.text()));
      String pred = e.map(Event::type).orElse(NONE);
      g.add(item.label());
      p.add(pred);
      count(item.sources(), e, "source", src);
      count(item.targets(), e, "target", tgt);
      if (!pred.equals(item.label())) {
        errors.add(item.id() + "\tgold=" + item.label() + "\tpred=" + pred + "\t" + e.map(x -> "'"
            + x.trigger().text() + "' " + x.provenance().rule()).orElse("-") + "\t" + item.text());
      }
    }
    return EvalReport.of("PLOVER gold-standard records (" + GoldSets.PLOVER + "), " + excluded
        + " records of types outside the 16 left out", labels, g, p, errors,
        List.of(String.format(Locale.ROOT, "source matched: %d / %d records with a gold source", src[0], src[1]),
            String.format(Locale.ROOT, "target matched: %d / %d records with a gold target", tgt[0], tgt[1])));
  }

  /** Scores the 25 ACLED sub-event labels on the CASE snippets whose gold label is one of them. */
  public EvalReport acled(List<GoldItem> gold) {
    List<String> labels = ontology.acledCategories().stream().map(AcledCategory::label).toList();
    Set<String> inScope = Set.copyOf(labels);
    List<String> g = new ArrayList<>();
    List<String> p = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int outOfScope = 0;
    int outOfScopeCoded = 0;
    for (GoldItem item : gold) {
      List<Event> events = events(item.text());
      String pred = events.stream().map(this::acledLabel).filter(l -> !l.equals(NONE)).findFirst().orElse(NONE);
      if (!inScope.contains(item.label())) {
        outOfScope++;
        outOfScopeCoded += pred.equals(NONE) ? 0 : 1;
        continue;
      }
      g.add(item.label());
      p.add(pred);
      if (!pred.equals(item.label())) {
        String first = events.stream().filter(x -> x.acled() != null).findFirst()
            .map(x -> "'" + x.trigger().text() + "' " + x.provenance().rule()).orElse("-");
        errors.add(item.id() + "\tgold=" + item.label() + "\tpred=" + pred + "\t" + first + "\t" + item.text());
      }
    }
    return EvalReport.of("CASE 2021 task 2 (" + GoldSets.CASE + "), " + g.size() + " snippets with one of the 25 "
        + "ACLED labels; " + outOfScope + " out-of-scope snippets left out", labels, g, p, errors,
        List.of("out-of-scope snippets given an ACLED label anyway: " + outOfScopeCoded + " / " + outOfScope));
  }

  private String acledLabel(Event e) {
    if (e.acled() == null) {
      return NONE;
    }
    return ontology.acledCategories().stream()
        .filter(c -> c.subEventType().equals(e.acled().subEventType()) && c.eventType().equals(e.acled().eventType()))
        .map(AcledCategory::label).findFirst().orElse(NONE);
  }

  List<Event> events(String text) {
    Annotation a = annotator.annotate(new AnnotationRequest(text, REFERENCE));
    return extractor.extract(EventContext.parseOnly(Document.ofText(text, "gold"), a));
  }

  /** The event whose trigger is one of the gold event words, else the first event. */
  static Optional<Event> chosen(GoldItem item, List<Event> events) {
    Set<String> words = Arrays.stream(item.eventText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isBlank()).collect(Collectors.toSet());
    for (Event e : events) {
      if (words.contains(e.trigger().text().toLowerCase(Locale.ROOT))) {
        return Optional.of(e);
      }
    }
    return events.stream().findFirst();
  }

  private static void count(List<String> gold, Optional<Event> e, String role, int[] counter) {
    if (gold.isEmpty()) {
      return;
    }
    counter[1]++;
    boolean hit = e.map(x -> x.actors().stream().filter(a -> a.role().equals(role)).map(EventActor::text)
        .anyMatch(t -> gold.stream().anyMatch(gt -> overlaps(gt, t)))).orElse(false);
    counter[0] += hit ? 1 : 0;
  }

  static boolean overlaps(String gold, String predicted) {
    String g = gold.toLowerCase(Locale.ROOT);
    String p = predicted.toLowerCase(Locale.ROOT);
    return !p.isBlank() && (g.contains(p) || p.contains(g));
  }
}
