package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;

/**
 * Finds toponym mentions: unit patterns first, then CoreNLP location entities (widened to a gazetteer name run that
 * strictly contains the entity), then gazetteer matches of proper-noun runs ({@link GazetteerMatcher}); then every
 * other occurrence of a name already taken as a place (one sense per discourse). Overlaps are resolved in that order of
 * trust. Last, a name that is the subject of a verb of saying or deciding ("Moscow said") is dropped as an actor
 * ({@link SpeakingNames}). Immutable and thread-safe.
 */
public final class PlaceRecognizer {

  private static final Map<String, PlaceKind> NER_KINDS = Map.of("LOCATION", PlaceKind.ANY, "CITY",
      PlaceKind.POPULATED, "STATE_OR_PROVINCE", PlaceKind.ADMIN1, "COUNTRY", PlaceKind.COUNTRY, "GPE", PlaceKind.ANY);
  private static final Pattern STREET = Pattern.compile(
      ".*\\s(street|st\\.?|road|rd\\.?|drive|dr\\.?|avenue|ave\\.?|boulevard|blvd\\.?|lane|ln\\.?|way|court|ct\\.?|"
          + "highway|hwy\\.?|parkway|place|circle|terrace)$", Pattern.CASE_INSENSITIVE);

  static final Pattern DIRECTION = Pattern.compile("^(?:north|south|east|west|north-?east|north-?west|"
      + "south-?east|south-?west|northern|southern|eastern|western|central|upper|lower|greater)\\s+",
      Pattern.CASE_INSENSITIVE);

  private final GazetteerMatcher matcher;
  private final ContextualRuns contextual;

  public PlaceRecognizer(Gazetteer gazetteer) {
    this.matcher = new GazetteerMatcher(gazetteer);
    this.contextual = new ContextualRuns(gazetteer);
  }

  static boolean isLocationType(String nerType) {
    return NER_KINDS.containsKey(nerType);
  }

  /** Non-overlapping mentions in text order. */
  public List<PlaceMention> recognize(String text, Annotation annotation) {
    List<PlaceMention> found = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      found.addAll(UnitPatterns.find(s, text));
      found.addAll(CoordinatedUnits.find(s, text));
      found.addAll(StreetPatterns.find(s, text, annotation.entities()));
      found.addAll(NewsConventions.find(s, text, matcher::isSpecificName));
    }
    List<PlaceMention> gazetteerRuns = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      gazetteerRuns.addAll(matcher.find(s, text, annotation.entities()));
    }
    for (EntityMention e : annotation.entities()) {
      PlaceKind kind = NER_KINDS.get(e.type());
      if (kind != null && !isCompoundModifier(e.span(), text) && !STREET.matcher(e.text()).matches()
          && !DIRECTION.matcher(e.text() + " ").matches()) {
        Span span = stripThe(completed(e.span(), gazetteerRuns), text);
        String surface = span.of(text);
        if (Facilities.isFacility(surface)) {
          Facilities.placePrefix(span, text, matcher::isSpecificName, e.sentence()).ifPresent(found::add);
          continue;
        }
        String core = DIRECTION.matcher(surface).replaceFirst("");
        found.add(new PlaceMention(span, core.isBlank() ? surface : core, surface, kind, "ner:" + e.type(),
            e.sentence()));
      }
    }
    found.addAll(gazetteerRuns);
    List<PlaceMention> kept = nonOverlapping(found);
    kept.addAll(contextual.find(annotation, text, kept));
    kept = nonOverlapping(kept);
    kept.addAll(Propagation.others(kept, text, annotation, matcher::isSpecificName));
    List<PlaceMention> places = SpeakingNames.withoutSpeakers(nonOverlapping(kept), annotation);
    return WordShapes.filter(Surnames.without(places, annotation, text), text);
  }

  /**
   * The entity's span, or the whole proper-noun run that is a gazetteer name and strictly contains it: CoreNLP
   * sometimes tags only the first word of a multi-word name ("near [Deir] ez-Zor."), and the run is the toponym.
   */
  private static Span completed(Span entity, List<PlaceMention> gazetteerRuns) {
    return gazetteerRuns.stream().filter(g -> g.rule().equals(GazetteerMatcher.RULE) && g.span().contains(entity)
        && g.span().length() > entity.length()).map(PlaceMention::span).findFirst().orElse(entity);
  }

  /** "Ankara-backed", "US-led", "Russian-brokered": the name modifies an actor, it is not a place. */
  static boolean isCompoundModifier(Span span, String text) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 14)).toLowerCase(Locale.ROOT);
    return after.matches("^-(backed|led|brokered|sponsored|supported|allied|aligned|funded|armed|affiliated)\\b.*");
  }

  private static Span stripThe(Span span, String text) {
    String t = span.of(text);
    if (t.regionMatches(true, 0, "the ", 0, 4) && span.length() > 4) {
      return new Span(span.start() + 4, span.end());
    }
    return span;
  }

  /** Keeps earlier-listed (more trusted) mentions over later ones that overlap them; sorted by span. */
  static List<PlaceMention> nonOverlapping(List<PlaceMention> ordered) {
    List<PlaceMention> kept = new ArrayList<>();
    for (PlaceMention m : ordered) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparing(PlaceMention::span));
    return kept;
  }
}
