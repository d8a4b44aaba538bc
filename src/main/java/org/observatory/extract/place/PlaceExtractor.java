package org.observatory.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.observatory.gazetteer.Gazetteer;
import org.observatory.nlp.Annotation;
import org.observatory.record.Place;

/**
 * Text plus annotation in, places out: recognition, resolution, enclosing units for unknown names, relative
 * locations. Immutable and thread-safe; build one per process around the shared {@link Gazetteer}.
 */
public final class PlaceExtractor {

  private final PlaceRecognizer recognizer;
  private final PlaceResolver resolver;
  private final EnclosingUnits enclosing;

  public PlaceExtractor(Gazetteer gazetteer) {
    this.recognizer = new PlaceRecognizer(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
    this.enclosing = new EnclosingUnits(gazetteer);
  }

  /** Places of {@code text}: toponyms first (text order), relative locations after them (text order). */
  public List<Place> extract(String text, Annotation annotation) {
    return fromMentions(text, recognizer.recognize(text, annotation));
  }

  /** Resolution only, for mentions found elsewhere (benchmarks, evaluation of resolution alone). */
  public List<Place> fromMentions(String text, List<PlaceMention> mentions) {
    List<Resolution> res = resolver.resolve(mentions, text);
    List<Place> toponyms = new ArrayList<>();
    List<RelativeLocator.Located> located = new ArrayList<>();
    for (int i = 0; i < res.size(); i++) {
      Resolution r = res.get(i);
      PlaceMention m = r.mention();
      if (r.unsupportedMinorMatch()) {
        continue;
      }
      if (r.chosen().isPresent()) {
        toponyms.add(PlaceFactory.resolved(m, r.chosen().get().entry(), r.how(), text));
        located.add(new RelativeLocator.Located(m.span(), r.chosen().get().entry()));
      } else {
        int idx = i;
        toponyms.add(enclosing.find(idx, res, text)
            .map(u -> PlaceFactory.enclosed(m, u.unit(), u.from(), text))
            .orElseGet(() -> PlaceFactory.unlocated(m, text)));
      }
    }
    List<Place> relative = new ArrayList<>(RelativeLocator.locate(text, located));
    relative.sort(Comparator.comparingInt(Place::start));
    List<Place> out = new ArrayList<>(toponyms);
    out.addAll(relative);
    return List.copyOf(out);
  }
}
