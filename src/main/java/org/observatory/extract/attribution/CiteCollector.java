package org.observatory.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.document.Document;
import org.observatory.extract.discourse.Lexicon;
import org.observatory.extract.discourse.Mentions;
import org.observatory.extract.discourse.Phrases;
import org.observatory.extract.discourse.SpeechAct;
import org.observatory.extract.discourse.SpeechActs;
import org.observatory.extract.quote.FoundQuote;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/** Collects the sources each sentence names: speakers, "citing X", "according to X", a title's ": X". */
final class CiteCollector {

  /** A title ending in an attribution: "Turkey dispatches convoy to Idlib: Observatory". */
  private static final Pattern TITLE_TAIL = Pattern.compile("[:|–—]\\s*([^:|–—]{2,60}?)\\s*$");
  private static final int MAX_TAIL_WORDS = 5;
  /** The title counts as part of the text only when it stands within this many characters of its start. */
  private static final int TITLE_WINDOW = 400;

  private final Document document;
  private final Annotation annotation;
  private final Mentions mentions;
  private final SourceClassifier classifier;
  private final List<FoundQuote> quotes;
  private final List<Span> quoted;

  CiteCollector(Document document, Annotation annotation, Mentions mentions, SourceClassifier classifier,
      List<FoundQuote> quotes) {
    this.document = document;
    this.annotation = annotation;
    this.mentions = mentions;
    this.classifier = classifier;
    this.quotes = quotes;
    this.quoted = quotes.stream().map(FoundQuote::marked).toList();
  }

  List<Cite> collect() {
    List<Cite> out = new ArrayList<>();
    titleCite().ifPresent(out::add);
    for (Sentence s : annotation.sentences()) {
      for (SpeechAct act : SpeechActs.in(s, mentions, quoted)) {
        out.add(fromAct(s, act));
      }
      quoteSpeakers(s, out);
      citing(s, out);
    }
    return out;
  }

  private Cite fromAct(Sentence s, SpeechAct act) {
    SourceClassifier.Classified c = classifier.classify(act.speaker());
    Token verb = s.tokens().get(act.verb());
    if (c.kind() == SourceKind.SPEAKER && Lexicon.verbLemma(verb).equals("report")
        && classifier.isUnknownProperName(act.speaker())) {
      c = new SourceClassifier.Classified(SourceKind.OUTLET, act.speaker().of(document.text()).strip());
    }
    Span scope = act.mainClause() ? s.span() : new Span(act.verbSpan().start(), s.span().end());
    return new Cite(c.kind(), c.name(), act.speaker(), s.index(), act.mainClause(), scope);
  }

  private void quoteSpeakers(Sentence s, List<Cite> out) {
    for (FoundQuote q : quotes) {
      if (q.act().isPresent() && q.marked().overlaps(s.span())) {
        Span speaker = q.act().get().speaker();
        SourceClassifier.Classified c = classifier.classify(speaker);
        out.add(new Cite(c.kind(), c.name(), speaker, s.index(), true, s.span()));
      }
    }
  }

  private void citing(Sentence s, List<Cite> out) {
    for (Token t : s.tokens()) {
      if (!isCite(t) || quoted.stream().anyMatch(q -> q.contains(t.span()))) {
        continue;
      }
      Optional<Span> cited = s.dependencies().isEmpty() ? Optional.empty()
          : Phrases.child(s, t.index(), r -> r.equals("obj")).map(o -> Phrases.subtree(s, o));
      Span span = cited.orElseGet(() -> afterToken(s, t.index()));
      if (span == null) {
        continue;
      }
      SourceClassifier.Classified c = classifier.classify(span);
      SourceKind kind = c.kind() == SourceKind.SPEAKER ? SourceKind.SOURCE : c.kind();
      out.add(new Cite(kind, kind == SourceKind.SOURCE ? span.of(document.text()) : c.name(), span, s.index(),
          true, s.span()));
    }
  }

  private static Span afterToken(Sentence s, int index) {
    int end = index + 1;
    while (end < s.tokens().size() && !Phrases.isPunct(s.tokens().get(end))) {
      end++;
    }
    return end > index + 1 ? Phrases.tokens(s, index + 1, end - 1) : null;
  }

  /** A title whose tail after a colon or dash names a monitor or an outlet. */
  Optional<Cite> titleCite() {
    String title = document.title();
    if (title == null) {
      return Optional.empty();
    }
    Matcher m = TITLE_TAIL.matcher(title);
    if (!m.find() || m.group(1).split("\\s+").length > MAX_TAIL_WORDS) {
      return Optional.empty();
    }
    String tail = m.group(1);
    int at = document.text().indexOf(title);
    Span evidence = at >= 0 && at < TITLE_WINDOW
        ? new Span(at + m.start(1), at + m.start(1) + tail.length()) : null;
    SourceKind kind = titleKind(tail);
    if (kind == null) {
      return Optional.empty();
    }
    String name = kind == SourceKind.MONITOR
        ? classifier.monitors().stream().findFirst().map(SourceClassifier.Named::name).orElse(tail)
        : classifierName(tail);
    int sentence = evidence == null ? -1
        : annotation.sentenceAt(evidence.start()).map(Sentence::index).orElse(-1);
    Span scope = evidence == null ? new Span(0, 0)
        : annotation.sentenceAt(evidence.start()).map(Sentence::span).orElse(evidence);
    return Optional.of(new Cite(kind, name, evidence, sentence, true, scope));
  }

  private SourceKind titleKind(String tail) {
    if (SourceClassifier.hasMonitorWord(tail)) {
      return SourceKind.MONITOR;
    }
    return classifierOutlet(tail).isPresent() ? SourceKind.OUTLET : null;
  }

  private Optional<String> classifierOutlet(String tail) {
    return classifier.outletName(tail);
  }

  private String classifierName(String tail) {
    return classifier.outletName(tail).orElse(tail);
  }

  /** "citing", "cited", "cites": by lemma, or by form when the tagger left it unlemmatised. */
  static boolean isCite(Token t) {
    return t.lemma().equalsIgnoreCase("cite") || t.isVerb() && t.text().matches("(?i)cit(e|es|ed|ing)");
  }

  /** True when the sentence marks its content as reported by someone other than the outlet. */
  static boolean marksReported(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.text().toLowerCase();
      if (Lexicon.REPORTED_ADVERBS.contains(w) || w.equals("according") || isCite(t)) {
        return true;
      }
    }
    return false;
  }
}
