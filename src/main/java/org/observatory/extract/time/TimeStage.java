package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.config.Config;
import org.observatory.core.ConfigException;
import org.observatory.document.Document;
import org.observatory.nlp.Annotation;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Published;
import org.observatory.record.TimeExpression;

/**
 * The time stage: adds {@link Slot#TIMES} (every time expression, normalised and anchored) against the document
 * date in {@link Slot#PUBLISHED} (given, or a range inferred from the text by the document-date stage that runs
 * before this one).
 *
 * <p>Candidates and their TIMEX3 types come from SUTime's output in {@link Annotation#timexes()} (the annotate
 * stage gives SUTime the document date); this stage re-resolves weekdays, year-less dates and months by tense,
 * offsets against the right anchor (a date in the same or previous sentence, an event clause) and "within"
 * durations against their starting day. With no document date nothing is resolved against the machine's clock:
 * the publication range is inferred ({@link DocDateInference}) and relative expressions resolve only when every
 * day of that range gives the same value (derivation {@code inferred}), else they stay unresolved.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeStage implements Stage {

  /**
   * Which tagger supplies the candidates: SUTime's output already in the annotation, or HeidelTime 2.2.1 run here on
   * the annotation's tokens (see docs/quality-time.md for the measured difference).
   */
  public enum Tagger { SUTIME, HEIDELTIME }

  private final Tagger tagger;
  private final Optional<HeidelTimeTagger> heidelTime;

  /** A stage over SUTime's candidates. */
  public TimeStage() {
    this(Tagger.SUTIME);
  }

  /** A stage over the given tagger's candidates; HEIDELTIME loads its rules here (about a second). */
  public TimeStage(Tagger tagger) {
    this.tagger = tagger;
    this.heidelTime = tagger == Tagger.HEIDELTIME ? Optional.of(new HeidelTimeTagger()) : Optional.empty();
  }

  /** The stage the configuration's {@code timeTagger} asks for. */
  public static TimeStage forConfig(Config config) {
    return switch (config.timeTagger()) {
      case "sutime" -> new TimeStage(Tagger.SUTIME);
      case "heideltime" -> new TimeStage(Tagger.HEIDELTIME);
      default -> throw new ConfigException("unknown timeTagger '" + config.timeTagger() + "'");
    };
  }

  public Tagger tagger() {
    return tagger;
  }

  @Override
  public String name() {
    return Resolver.STAGE;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION, Slot.PUBLISHED);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.TIMES);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    Document d = state.document();
    Annotation a = candidates(d, state.get(Slot.ANNOTATION));
    if (d.published() != null) {
      return state.with(Slot.TIMES, new Resolver(d.published(), tagger == Tagger.SUTIME).resolve(a));
    }
    return state.with(Slot.TIMES, withoutDate(a, state.get(Slot.PUBLISHED), tagger == Tagger.SUTIME));
  }

  private Annotation candidates(Document d, Annotation a) {
    return heidelTime.map(h -> new Annotation(a.sentences(), a.entities(), h.tag(d.text(), a, d.published())))
        .orElse(a);
  }

  /**
   * Resolution with no document date: values stable over the whole inferred range are kept as "inferred", except
   * financial periods counted from the quarter in focus ({@link FinancialPeriods#fromFocus}): when the resolution
   * without a date cannot value them, their quarter came from the assumed date.
   */
  static List<TimeExpression> withoutDate(Annotation a, Published range, boolean ownDeictics) {
    List<TimeExpression> base = new Resolver(null, ownDeictics).resolve(a);
    if (range.earliest() == null || range.latest() == null) {
      return base;
    }
    LocalDate lo = LocalDate.parse(range.earliest());
    LocalDate hi = LocalDate.parse(range.latest());
    LocalDate mid = lo.plusDays((hi.toEpochDay() - lo.toEpochDay()) / 2);
    List<TimeExpression> early = new Resolver(lo, ownDeictics).resolve(a);
    List<TimeExpression> middle = new Resolver(mid, ownDeictics).resolve(a);
    List<TimeExpression> late = new Resolver(hi, ownDeictics).resolve(a);
    List<TimeExpression> out = new ArrayList<>(base.size());
    for (int i = 0; i < base.size(); i++) {
      out.add(stable(base.get(i), early.get(i), middle.get(i), late.get(i), range));
    }
    return out;
  }

  private static TimeExpression stable(TimeExpression none, TimeExpression lo, TimeExpression mid,
      TimeExpression hi, Published range) {
    boolean ownRule = !lo.provenance().rule().startsWith("tagger")
        && !FinancialPeriods.fromFocus(lo.provenance().rule());
    String v = lo.value();
    if (!none.derivation().equals("unresolved") || !ownRule || v == null || !TimexValues.isCalendar(v)
        || !v.equals(mid.value()) || !v.equals(hi.value())) {
      return none;
    }
    return new TimeExpression(none.text(), none.start(), none.end(), lo.type(), v, TimexValues.precision(v),
        "inferred", "inferred document date " + range.earliest() + ".." + range.latest(), lo.provenance());
  }
}
