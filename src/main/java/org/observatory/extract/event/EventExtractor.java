package org.observatory.extract.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;
import org.observatory.record.Acled;
import org.observatory.record.DateValue;
import org.observatory.record.Event;
import org.observatory.record.EventActor;
import org.observatory.record.Place;
import org.observatory.record.SourceLink;
import org.observatory.record.Trigger;

/**
 * Codes the events of one document from its parse and the earlier stages' records. Immutable and thread-safe:
 * the output is a pure function of the {@link EventContext}.
 */
public final class EventExtractor {

  static final String STAGE = "events";

  private final EventOntology ontology;
  private final TriggerFinder triggers;
  private final AcledRules acledRules;
  private final ArgumentFinder arguments;
  private final ModalityFinder modality = new ModalityFinder();
  private final EventDater dater = new EventDater();
  private final EventLocator locator = new EventLocator();
  private final EventLinker linker = new EventLinker();

  public EventExtractor(EventOntology ontology, TriggerLexicon lexicon, CameoVerbDictionary cameo,
      AcledRules acledRules) {
    this.ontology = ontology;
    this.triggers = new TriggerFinder(lexicon, cameo, ontology);
    this.arguments = new ArgumentFinder(lexicon);
    this.acledRules = acledRules;
  }

  /**
   * The extractor the product uses: the built-in trigger lexicon and ACLED rules with the PLOVER ontology and the
   * CAMEO verb dictionary read from {@code dataDir} (usually {@code ../shared/data}). The pipeline's event stage
   * and the event evaluation both build theirs here, so what is scored is what runs.
   *
   * @throws org.observatory.core.DataMissingException when the CAMEO files are missing
   */
  public static EventExtractor standard(Path dataDir) {
    return new EventExtractor(EventOntology.load(dataDir), TriggerLexicon.builtIn(), CameoVerbDictionary.load(dataDir),
        AcledRules.builtIn());
  }

  /** The ontology this extractor codes with. */
  public EventOntology ontology() {
    return ontology;
  }

  /** The document's events in text order, with ids {@code documentId/e1, /e2, ...}. */
  public List<Event> extract(EventContext ctx) {
    List<Event> raw = new ArrayList<>();
    for (Sentence s : ctx.annotation().sentences()) {
      if (s.dependencies().isEmpty()) {
        continue;
      }
      DepGraph g = new DepGraph(ParseRepair.repair(s));
      List<Candidate> candidates = CandidateFilter.filter(g, Violation.recode(g, triggers.find(g)));
      List<Event> events = new ArrayList<>();
      for (Candidate c : candidates) {
        events.add(event(ctx, g, c));
      }
      raw.addAll(PurposeClause.merge(g, candidates, events));
    }
    raw.sort(Comparator.comparingInt(e -> e.trigger().start()));
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Event e = raw.get(i);
      List<EventActor> actors = ThreatTargets.inherit(e, DefiniteReference.resolve(e, out), out);
      out.add(new Event(ctx.document().id() + "/e" + (i + 1), e.type(), e.mode(), e.acled(), e.trigger(), actors,
          e.location(), e.date(), e.modality(), e.attribution(), e.evidence(), e.quote(), e.agreement(),
          e.provenance()));
    }
    return List.copyOf(out);
  }

  private Event event(EventContext ctx, DepGraph g, Candidate c) {
    Token t = g.token(c.token());
    int anchor = anchor(g, c);
    String mod = modality.find(g, c, anchor, ctx.sources());
    List<EventActor> actors = StateForces.apply(c, arguments.find(g, c, ctx.actors()));
    // A statement read as a threat is conditional in what it threatens, but the statement itself was made: it is
    // dated like an asserted act, never after the report ("One time they told us: 'We will burn you'").
    DateValue date = dater.date(g, anchor, c.threat() ? ModalityFinder.ASSERTED : mod, ctx.times(), ctx.published());
    Place place = locator.locate(ctx.document().text(), g, c.token(), anchor, ctx.places(), ctx.actors()).orElse(null);
    Span sentence = g.sentence().span();
    List<SourceLink> attribution = linker.attribution(t.span(), ctx.sources(), ctx.document().outlet());
    Integer quote = linker.quote(t.span(), sentence, c.threat(), ctx.quotes());
    Integer agreement = linker.agreement(g, c, anchor, mod, ctx.agreements());
    date = EventDater.byDeadline(date, mod, t.text(), agreement, ctx.agreements());
    date = EventDater.bySpeech(date, mod, quote, ctx.quotes());
    IntentRule.Recoding recoding = IntentRule.apply(c.type(), mod, ModalityFinder.isFuture(g, anchor),
        ModalityFinder.isDemanded(g, anchor));
    AcledChoice acled = recoding == null ? acled(ctx, g, c, actors) : new AcledChoice(null, Optional.empty(), null);
    String type = recoding == null ? c.type().name() : recoding.type().name();
    date = EventDater.bySigning(date, type, agreement, ctx.agreements());
    String rule = c.rule() + (acled.rule == null ? "" : "; " + acled.rule)
        + (recoding == null ? "" : "; " + recoding.rule());
    String mode = recoding == null ? mode(c, acled) : null;
    return new Event(null, type, mode, acled.acled, new Trigger(t.text(), t.span().start(),
        t.span().end()), actors, place, date, mod, attribution, sentence, quote, agreement,
        Provenance.of(STAGE, rule, sentence));
  }

  /**
   * The verb whose clause carries the event's modality and date: a nominal event's light or governing verb
   * ("launched an invasion"), a violation's modal anchor, else the trigger itself.
   */
  static int anchor(DepGraph g, Candidate c) {
    int anchor = c.nominal() ? ArgumentFinder.governingVerb(g, c).orElse(c.token()) : c.token();
    if (Violation.RULE.equals(c.rule())) {
      anchor = Violation.modalityAnchor(g, c.token()).orElse(anchor);
    }
    return anchor;
  }

  private String mode(Candidate c, AcledChoice acled) {
    if (c.mode() != null) {
      return c.mode();
    }
    return acled.category.filter(a -> a.plover() == c.type()).map(AcledCategory::ploverMode).orElse(null);
  }

  private record AcledChoice(Acled acled, Optional<AcledCategory> category, String rule) {}

  private AcledChoice acled(EventContext ctx, DepGraph g, Candidate c, List<EventActor> actors) {
    String label = c.acled();
    String rule = null;
    List<String> lemmas = AcledSentence.withoutGrievance(g, c, AcledSentence.lemmas(g));
    if (label == null) {
      Optional<AcledRules.Rule> r = acledRules.choose(c.type(), lemmas);
      if (r.isEmpty()) {
        List<String> words = g.sentence().tokens().stream().map(x -> x.text().toLowerCase(Locale.ROOT)).toList();
        r = acledRules.choose(c.type(), words);
      }
      label = r.map(AcledRules.Rule::label).orElse(null);
      rule = r.map(x -> "acled-rule:" + x.label()).orElse(null);
    } else if (acledRules.isDestruction(label)) {
      Optional<AcledRules.Rule> weapon = acledRules.choose(c.type(), lemmas).filter(acledRules::isWeapon);
      if (weapon.isPresent()) {
        label = weapon.get().label();
        rule = "acled-rule:" + label + " (weapon)";
      }
    }
    Optional<AcledRules.Rule> report = AcledSentence.fromNeighbours(acledRules, c.type(), label,
        c.acled() != null && c.acled().equals(label), lemmas,
        AcledSentence.neighbours(ctx.annotation().sentences(), g.sentence()));
    if (report.isPresent()) {
      label = report.get().label();
      rule = (rule == null ? "" : rule + "; ") + "acled-rule:" + label + " (next sentences)";
    }
    AcledRoles.Decision role = AcledRoles.refine(label, c.acled() != null && c.acled().equals(label), c.type(),
        actors, lemmas);
    if (role.rule() != null) {
      rule = (rule == null ? "" : rule + "; ") + role.rule();
      label = role.label();
    }
    if (AcledSentence.isDisplacement(g, c, lemmas)) {
      rule = (rule == null ? "" : rule + "; ") + "acled-displacement";
      label = AcledSentence.OTHER;
    }
    String territory = Territory.relabel(label, actors);
    if (territory != null && !territory.equals(label)) {
      rule = (rule == null ? "" : rule + "; ") + "acled-territory-by-actor";
      label = territory;
    }
    if (Territory.isUncontested(label, lemmas)) {
      rule = (rule == null ? "" : rule + "; ") + "acled-territory-uncontested";
      label = Territory.NON_VIOLENT;
    }
    if (AcledSentence.isHypothetical(g, c)) {
      return new AcledChoice(null, Optional.empty(), "acled-none:hypothetical");
    }
    Optional<AcledCategory> cat = ontology.acled(label);
    return new AcledChoice(cat.map(AcledCategory::toRecord).orElse(null), cat, rule);
  }
}
