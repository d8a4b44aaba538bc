package org.observatory.extract.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.observatory.core.Span;
import org.observatory.extract.discourse.Lexicon;
import org.observatory.extract.discourse.Mentions;
import org.observatory.nlp.EntityMention;
import org.observatory.record.Actor;

/**
 * Decides whether a mention names an outlet, a monitor, an anonymous source or a speaker, and resolves monitor
 * coreference ("the Britain-based war monitor group", a title's "Observatory") to the monitor the document names.
 * Immutable; one instance per document.
 */
final class SourceClassifier {

  private static final Pattern ABBREVIATION = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,9})\\)");

  /** A named monitor and where the text names it. */
  record Named(Span span, String name) {}

  /** A classified mention. */
  record Classified(SourceKind kind, String name) {}

  private final String text;
  private final Mentions mentions;
  private final OutletLexicon outlets;
  private final List<Named> monitors;

  SourceClassifier(String text, Mentions mentions, OutletLexicon outlets) {
    this.text = text;
    this.mentions = mentions;
    this.outlets = outlets;
    this.monitors = namedMonitors();
  }

  private List<Named> namedMonitors() {
    List<Named> out = new ArrayList<>();
    for (EntityMention e : mentions.entities()) {
      if (e.type().equals("ORGANIZATION") && hasMonitorWord(e.text())) {
        out.add(new Named(e.span(), mentions.actorOverlapping(e.span()).map(Actor::canonical).orElse(e.text())));
      }
    }
    for (Actor a : mentions.actors()) {
      Span span = new Span(a.start(), a.end());
      boolean monitor = "monitor".equals(a.sector()) || hasMonitorWord(a.canonical()) && isProperName(a.text());
      if (monitor && out.stream().noneMatch(n -> n.span().overlaps(span))) {
        out.add(new Named(span, a.canonical()));
      }
    }
    Map<String, String> abbreviations = new HashMap<>();
    for (Named n : out) {
      abbreviation(n.span()).ifPresent(x -> abbreviations.putIfAbsent(n.name(), x));
    }
    return out.stream().map(n -> new Named(n.span(), withAbbreviation(n.name(), abbreviations.get(n.name()))))
        .sorted(Comparator.comparing(Named::span)).toList();
  }

  /** "(SOHR)" right after a name. */
  private Optional<String> abbreviation(Span span) {
    Matcher m = ABBREVIATION.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 16)));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** One name per monitor, with the abbreviation the document gives it anywhere: "... Human Rights (SOHR)". */
  private static String withAbbreviation(String name, String abbreviation) {
    return abbreviation == null || name.contains(abbreviation) ? name : name + " (" + abbreviation + ")";
  }

  private static boolean isProperName(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  static boolean hasMonitorWord(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(Lexicon.MONITOR_WORDS::contains);
  }

  List<Named> monitors() {
    return monitors;
  }

  /** What {@code span} names, read as the one who reports, says or is cited. */
  Classified classify(Span span) {
    String mention = span.of(text);
    Optional<String> outlet = outlets.match(mention);
    if (outlet.isPresent()) {
      return new Classified(SourceKind.OUTLET, outlet.get());
    }
    Optional<Actor> actor = mentions.actorOverlapping(span);
    if (hasMonitorWord(mention) || actor.map(a -> "monitor".equals(a.sector())).orElse(false)) {
      return new Classified(SourceKind.MONITOR, monitorName(span, mention));
    }
    if (actor.map(a -> "media".equals(a.sector())).orElse(false)) {
      return new Classified(SourceKind.OUTLET, actor.get().canonical());
    }
    if (actor.isEmpty() && isAnonymousSource(mention)) {
      return new Classified(SourceKind.SOURCE, mention);
    }
    return new Classified(SourceKind.SPEAKER, actor.map(Actor::canonical).orElse(mention));
  }

  /** The outlet a bare name stands for, by the lexicon. */
  Optional<String> outletName(String name) {
    return outlets.match(name);
  }

  /** True when the mention is a proper name no actor or person entity covers: a likely outlet ("Presstv"). */
  boolean isUnknownProperName(Span span) {
    if (mentions.actorOverlapping(span).isPresent()) {
      return false;
    }
    Optional<EntityMention> e = mentions.entityOverlapping(span);
    if (e.isPresent() && !e.get().type().equals("ORGANIZATION") && !e.get().type().equals("MISC")) {
      return false;
    }
    String m = span.of(text).strip();
    return !m.isEmpty() && Character.isUpperCase(m.charAt(0)) && !m.contains(" ") && m.length() > 2;
  }

  private boolean isAnonymousSource(String mention) {
    String[] words = mention.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    return Arrays.stream(words).anyMatch(Lexicon.SOURCE_NOUNS::contains);
  }

  private String monitorName(Span span, String mention) {
    Optional<Named> own = monitors.stream().filter(n -> n.span().overlaps(span)).findFirst();
    if (own.isPresent()) {
      return own.get().name();
    }
    Optional<Named> before = monitors.stream().filter(n -> n.span().end() <= span.start())
        .max(Comparator.comparing(Named::span));
    return before.or(() -> monitors.stream().findFirst()).map(Named::name).orElse(mention.strip());
  }
}
