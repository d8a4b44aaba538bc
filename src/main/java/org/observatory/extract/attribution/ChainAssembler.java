package org.observatory.extract.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Paragraphs;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.record.SourceChain;
import org.observatory.record.SourceLink;

/**
 * Builds one chain per sentence (and one per embedded speech clause) from the collected cites, applying the
 * document-level rules: a monitor named as reporting covers the other sentences of its paragraph; the one monitor
 * a document names as reporting (or its title names) covers reported content that has no speaker of its own; the
 * one outlet a document cites covers all reported content. Immutable; one instance per document.
 */
final class ChainAssembler {

  static final int MAX_PARAGRAPH_SENTENCES = 4;

  private final Annotation annotation;
  private final List<Cite> cites;
  private final List<Span> paragraphs;
  private final SourceLink publisher;
  private final Optional<Cite> documentMonitor;
  private final Optional<Cite> documentOutlet;
  private final Set<Integer> quoteSentences;

  ChainAssembler(String text, Annotation annotation, List<Cite> cites, SourceLink publisher,
      Set<Integer> quoteSentences) {
    this.annotation = annotation;
    this.cites = List.copyOf(cites);
    this.paragraphs = Paragraphs.of(text);
    this.publisher = publisher;
    this.quoteSentences = Set.copyOf(quoteSentences);
    this.documentMonitor = single(SourceKind.MONITOR, true);
    this.documentOutlet = storyOutlet();
  }

  /** The one distinct source of {@code kind} the document names (in main clauses only when asked), if exactly one. */
  private Optional<Cite> single(SourceKind kind, boolean mainOnly) {
    List<Cite> of = cites.stream().filter(c -> c.kind() == kind && (c.mainClause() || !mainOnly)).toList();
    Set<String> names = of.stream().map(Cite::name).collect(Collectors.toSet());
    return names.size() == 1 ? of.stream().filter(c -> c.evidence() != null).findFirst().or(() -> of.stream()
        .findFirst()) : Optional.empty();
  }

  /**
   * The outlet cited as the source of the story: the one distinct outlet the document cites in its own voice
   * (a main-clause "X reported", "according to X" or a title's ": X", in a sentence where nobody else speaks).
   */
  private Optional<Cite> storyOutlet() {
    List<Cite> outlets = cites.stream().filter(c -> c.kind() == SourceKind.OUTLET).toList();
    Set<String> names = outlets.stream().map(Cite::name).collect(Collectors.toSet());
    if (names.size() != 1) {
      return Optional.empty();
    }
    return outlets.stream().filter(c -> c.mainClause() && cites.stream().noneMatch(o -> o.sentence() == c.sentence()
        && o.kind() == SourceKind.SPEAKER)).findFirst();
  }

  List<SourceChain> chains() {
    List<SourceChain> out = new ArrayList<>();
    for (Sentence s : annotation.sentences()) {
      out.add(sentenceChain(s));
      for (Cite c : cites) {
        if (c.sentence() == s.index() && !c.mainClause()) {
          out.add(clauseChain(c));
        }
      }
    }
    return out;
  }

  private SourceChain sentenceChain(Sentence s) {
    List<Cite> own = cites.stream().filter(c -> c.sentence() == s.index() && c.mainClause()).toList();
    boolean reported = !own.isEmpty() || quoteSentences.contains(s.index()) || CiteCollector.marksReported(s);
    Set<SourceLink> links = new LinkedHashSet<>();
    boolean hasSpeaker = add(links, own, SourceKind.SPEAKER);
    boolean hasMonitor = own.stream().anyMatch(c -> c.kind() == SourceKind.MONITOR);
    for (Cite c : own) {
      if (c.kind() == SourceKind.SOURCE) {
        links.add(new SourceLink(c.name(), hasMonitor ? "monitor-source" : "source", c.evidence()));
      }
    }
    if (!add(links, own, SourceKind.MONITOR)) {
      Optional<Cite> inherited = paragraphMonitor(s)
          .or(() -> reported && !hasSpeaker ? documentMonitor : Optional.empty());
      inherited.ifPresent(c -> links.add(link(c)));
    }
    boolean monitored = links.stream().anyMatch(l -> l.role().equals("monitor"));
    if (!add(links, own, SourceKind.OUTLET) && (reported || monitored)) {
      documentOutlet.ifPresent(c -> links.add(link(c)));
    }
    links.add(publisher);
    return new SourceChain(s.span(), SameSource.collapse(List.copyOf(links)), reported);
  }

  private SourceChain clauseChain(Cite c) {
    Set<SourceLink> links = new LinkedHashSet<>();
    links.add(link(c));
    if (c.kind() != SourceKind.OUTLET) {
      documentOutlet.ifPresent(o -> links.add(link(o)));
    }
    links.add(publisher);
    return new SourceChain(c.scope(), SameSource.collapse(List.copyOf(links)), true);
  }

  private static boolean add(Set<SourceLink> links, List<Cite> own, SourceKind kind) {
    boolean any = false;
    for (Cite c : own) {
      if (c.kind() == kind) {
        links.add(link(c));
        any = true;
      }
    }
    return any;
  }

  /**
   * A monitor reporting in a main clause of another sentence of the same paragraph, when the paragraph is a
   * news paragraph (at most {@value #MAX_PARAGRAPH_SENTENCES} sentences; texts without paragraph breaks have none).
   */
  private Optional<Cite> paragraphMonitor(Sentence s) {
    int p = Paragraphs.indexOf(paragraphs, s.span().start());
    if (p < 0 || annotation.sentences().stream().filter(x -> paragraphs.get(p).contains(x.span().start()))
        .count() > MAX_PARAGRAPH_SENTENCES) {
      return Optional.empty();
    }
    return cites.stream().filter(c -> c.kind() == SourceKind.MONITOR && c.mainClause() && c.evidence() != null
        && c.sentence() != s.index() && Paragraphs.indexOf(paragraphs, c.evidence().start()) == p && p >= 0)
        .findFirst();
  }

  private static SourceLink link(Cite c) {
    return new SourceLink(c.name(), c.kind().role(), c.evidence());
  }
}
