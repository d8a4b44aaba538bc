package org.observatory.extract.event;

import java.util.EnumSet;
import java.util.Set;

/**
 * PLOVER codes stated intentions by what they express, not by the act named (codebook: AGREE covers "express
 * intent to cooperate", THREATEN covers stated coercion): a planned or conditional cooperative act ("will
 * release", "is willing to withdraw", "would meet ... if") is AGREE; a planned or conditional coercive act ("will
 * impose", "may launch a military operation if") is THREATEN; a refused cooperative act ("will not meet") is
 * REJECT; an act someone says another must do ("said Sudan must return") is REQUEST. Stateless.
 */
final class IntentRule {

  private static final Set<PloverType> COOPERATIVE = EnumSet.of(PloverType.CONSULT, PloverType.SUPPORT,
      PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID, PloverType.RETREAT);
  private static final Set<PloverType> COERCIVE = EnumSet.of(PloverType.COERCE, PloverType.ASSAULT);

  /**
   * The recoded type and the rule name, or null when the event keeps its type.
   *
   * @param future the trigger's clause has a future or modal auxiliary or a planning verb above it
   * @param demanded the clause has "must"/"should" and is reported speech
   */
  record Recoding(PloverType type, String rule) {}

  private IntentRule() {}

  static Recoding apply(PloverType type, String modality, boolean future, boolean demanded) {
    boolean intent = modality.equals(ModalityFinder.PLANNED)
        || (modality.equals(ModalityFinder.CONDITIONAL) && future);
    if (demanded && type != PloverType.REQUEST) {
      return new Recoding(PloverType.REQUEST, "intent:demand");
    }
    if (intent && COOPERATIVE.contains(type)) {
      return new Recoding(PloverType.AGREE, "intent:cooperate");
    }
    if (intent && COERCIVE.contains(type)) {
      return new Recoding(PloverType.THREATEN, "intent:coerce");
    }
    if (modality.equals(ModalityFinder.NEGATED) && future
        && (COOPERATIVE.contains(type) || type == PloverType.AGREE)) {
      return new Recoding(PloverType.REJECT, "intent:refuse");
    }
    return null;
  }
}
