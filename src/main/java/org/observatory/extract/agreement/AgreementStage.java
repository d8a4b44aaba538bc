package org.observatory.extract.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.extract.discourse.Dates;
import org.observatory.extract.discourse.Mentions;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.pipeline.AnalysisState;
import org.observatory.pipeline.Slot;
import org.observatory.pipeline.Stage;
import org.observatory.record.Agreement;
import org.observatory.record.TimeExpression;

/**
 * Adds {@code AGREEMENTS}. Rules, all general:
 * <ul>
 *   <li>a mention is a noun headed by agreement/accord/deal/pact/treaty, memorandum (of understanding),
 *       ceasefire/armistice or truce; its name is the head with its left name words ("Sochi agreement",
 *       "five-day truce"); mentions with the same name, and bare definite ones ("the deal"), are one agreement;</li>
 *   <li>brokers: "X-brokered", "brokered/mediated by X and Y"; parties: "between A and B", the subjects of
 *       "signed/reached/agreed", "signed by A and B" (a head of state stands for the state the document names);</li>
 *   <li>an agreement whose sentences name no party takes the parties, else the brokers, of the agreement named in
 *       the one or two sentences before it; the provenance rule says so ({@code parties:inherited-...});</li>
 *   <li>signed: the time expression attached to the signing verb; expires: signed + a stated length
 *       ("five-day"); when the start is unknown, an expiry placed relative to a dated act ("hours before the truce
 *       was due to expire", {@link ExpiryAnchor}), and then the start as that expiry minus the length; else
 *       unresolved with {@code duration} kept;</li>
 *   <li>obligations: see {@link ObligationReader}; deadlines: see {@link DeadlineMath}.</li>
 * </ul>
 * {@code PUBLISHED} is declared so the stage runs after the document date is settled; dates come from
 * {@code TIMES} and from arithmetic on them, never from the clock. Immutable and thread-safe; no resources.
 */
public final class AgreementStage implements Stage {

  public static final String NAME = "agreements";
  private static final int INHERIT_WINDOW = 2;

  private final MentionFinder finder = new MentionFinder();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Slot<?>> needs() {
    return Set.of(Slot.DOCUMENT, Slot.ANNOTATION, Slot.ACTORS, Slot.TIMES, Slot.PUBLISHED);
  }

  @Override
  public Set<Slot<?>> adds() {
    return Set.of(Slot.AGREEMENTS);
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    Annotation a = state.get(Slot.ANNOTATION);
    return state.with(Slot.AGREEMENTS, agreements(state.document().text(), a,
        Mentions.of(a, state.get(Slot.ACTORS)), state.get(Slot.TIMES)));
  }

  List<Agreement> agreements(String text, Annotation a, Mentions mentions, List<TimeExpression> times) {
    PartyReader parties = new PartyReader(new PartyNames(text, mentions), mentions, times);
    ObligationReader obligations = new ObligationReader(text, times);
    List<AgreementBuilder> builders = new ArrayList<>();
    Sentence previous = null;
    for (Sentence s : a.sentences()) {
      List<AgreementMention> found = finder.find(s);
      List<AgreementBuilder> owners = new ArrayList<>();
      for (AgreementMention m : found) {
        AgreementBuilder b = owner(builders, m);
        b.add(m, parties.read(s, m));
        duration(b, m, times);
        if (b.anchoredExpiry == null) {
          b.anchoredExpiry = ExpiryAnchor.expiry(text, s, m.span(), previous, times).orElse(null);
        }
        owners.add(b);
      }
      if (!owners.isEmpty()) {
        for (ObligationReader.Found f : obligations.read(s, v -> ownerAt(s, found, owners, v).signed)) {
          ownerAt(s, found, owners, f.verb()).obligations.add(f.obligation());
        }
      }
      previous = s;
    }
    inherit(builders);
    return builders.stream().map(b -> b.build(NAME)).toList();
  }

  private static AgreementBuilder owner(List<AgreementBuilder> builders, AgreementMention m) {
    Optional<AgreementBuilder> same = m.anaphoric()
        ? lastCompatible(builders, m.kind())
        : builders.stream().filter(b -> isNamed(m) && b.name.toLowerCase(Locale.ROOT)
            .equals(m.name().toLowerCase(Locale.ROOT))).findFirst();
    if (same.isPresent()) {
      return same.get();
    }
    AgreementBuilder b = new AgreementBuilder(m);
    builders.add(b);
    return b;
  }

  private static boolean isNamed(AgreementMention m) {
    return m.name().contains(" ");
  }

  private static Optional<AgreementBuilder> lastCompatible(List<AgreementBuilder> builders, String kind) {
    for (int i = builders.size() - 1; i >= 0; i--) {
      if (builders.get(i).compatible(kind)) {
        return Optional.of(builders.get(i));
      }
    }
    return Optional.empty();
  }

  /** The agreement an obligation verb belongs to: the nearest mention before it, else the first mention. */
  private static AgreementBuilder ownerAt(Sentence s, List<AgreementMention> found, List<AgreementBuilder> owners,
      int verb) {
    int best = 0;
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).head() < verb) {
        best = i;
      }
    }
    return owners.get(best);
  }

  /** A stated length inside the name ("five-day truce"), from TIMES or from the words. */
  private static void duration(AgreementBuilder b, AgreementMention m, List<TimeExpression> times) {
    if (b.duration != null) {
      return;
    }
    Optional<TimeExpression> t = Dates.in(times, m.span()).stream()
        .filter(x -> "DURATION".equals(x.type())).findFirst();
    Optional<Amount> amount = t.flatMap(x -> Amount.fromIso(x.value())).or(() -> Amount.fromText(m.name()));
    if (amount.isPresent()) {
      b.duration = amount.get();
      b.durationText = t.map(TimeExpression::text).orElse(m.name());
    }
  }

  /** Parties for agreements whose own sentences name none, from the agreement of the sentences just before. */
  private static void inherit(List<AgreementBuilder> builders) {
    for (AgreementBuilder b : builders) {
      if (!b.parties.isEmpty()) {
        continue;
      }
      for (int i = builders.indexOf(b) - 1; i >= 0; i--) {
        AgreementBuilder prev = builders.get(i);
        if (b.sentence - prev.sentence > INHERIT_WINDOW || b.sentence == prev.sentence) {
          break;
        }
        if (!prev.parties.isEmpty() || !prev.brokers.isEmpty()) {
          boolean fromParties = !prev.parties.isEmpty();
          b.parties.addAll(fromParties ? prev.parties : prev.brokers);
          b.partiesRule = "inherited-from-" + (fromParties ? "parties" : "brokers") + "-of-'" + prev.name
              + "'-in-sentence-" + prev.sentence;
          break;
        }
      }
    }
  }
}
