package org.observatory.eval.time;

/**
 * TempEval-3 counts for one file or a whole corpus.
 *
 * @param gold gold TIMEX3s
 * @param system system expressions
 * @param strict one-to-one pairs with identical spans
 * @param relaxed one-to-one pairs with overlapping spans
 * @param typeCorrect relaxed pairs whose type agrees
 * @param valueCorrect relaxed pairs whose value agrees
 */
public record Counts(int gold, int system, int strict, int relaxed, int typeCorrect, int valueCorrect) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
        typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect);
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  /** TE3 value F1: relaxed matches with the right value, over system and gold counts. */
  public double valueF1() {
    return f1(valueCorrect);
  }

  public double typeF1() {
    return f1(typeCorrect);
  }

  /** Share of relaxed matches with the right type. */
  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  private double f1(int correct) {
    double p = ratio(correct, system);
    double r = ratio(correct, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
