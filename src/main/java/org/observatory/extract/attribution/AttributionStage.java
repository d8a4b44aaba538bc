package org.observatory.extract.attribution;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.observatory.document.Document;
import org.observatory.extract.discourse.Mentions;
import org.observatory.extract.quote.FoundQuote;
import org.observatory.extract.quote.QuoteFinder;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;

/**
 * Adds {@code SOURCES}: for every sentence a {@link SourceChain} (scope = the sentence), nearest first — speaker,
 * the monitor's sources, the monitor, the cited outlet, and always last the publishing outlet (from
 * {@link Document#outlet()}, evidence null) — plus a narrower chain for each embedded speech clause ("..., after
 * Erdogan said Turkey may ..."; scope = from the verb to the sentence end). Chains are in text order, a sentence's
 * chain before its clause chains. Immutable and thread-safe; holds only the outlet lexicon.
 */
public final class AttributionStage implements Stage {

  public static final String NAME = "attribution";

  private final OutletLexicon outlets;
  private final QuoteFinder quotes = new QuoteFinder();

  /** With the bundled outlet lexicon. */
  public AttributionStage() {
    this(OutletLexicon.bundled());
  }

  public AttributionStage(OutletLexicon outlets) {
    this.outlets = outlets;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION, Slot.ACTORS);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.SOURCES);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.with(Slot.SOURCES, chains(state.document(), state.get(Slot.ANNOTATION),
        Mentions.of(state.get(Slot.ANNOTATION), state.get(Slot.ACTORS))));
  }

  List<SourceChain> chains(Document d, Annotation a, Mentions m) {
    List<FoundQuote> found = quotes.find(d.text(), a, m);
    SourceClassifier classifier = new SourceClassifier(d.text(), m, outlets);
    List<Cite> cites = new CiteCollector(d, a, m, classifier, found).collect();
    Set<Integer> quoteSentences = a.sentences().stream()
        .filter(s -> found.stream().anyMatch(q -> q.marked().overlaps(s.span())))
        .map(Sentence::index).collect(Collectors.toSet());
    return new ChainAssembler(d.text(), a, cites, publisher(d), quoteSentences).chains();
  }

  /** The publishing outlet: the document's outlet, else its URL's host, else "unknown outlet". */
  static SourceLink publisher(Document d) {
    if (d.outlet() != null && !d.outlet().isBlank()) {
      return new SourceLink(d.outlet(), "outlet", null);
    }
    if (d.url() != null) {
      try {
        String host = URI.create(d.url()).getHost();
        if (host != null) {
          return new SourceLink(host.replaceFirst("^www\\.", ""), "outlet", null);
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through to the unknown outlet
      }
    }
    return new SourceLink("unknown outlet", "outlet", null);
  }
}
