package org.observatory.eval.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the discourse survey counted.
 *
 * @param documents documents analysed
 * @param sentences sentences in them
 * @param quotes direct quotations found
 * @param quotesWithSpeaker quotations with a speaker
 * @param quotesWithSaid quotations with a resolved date said
 * @param chains source chains (sentence and clause chains)
 * @param reported chains marked reported
 * @param chainsWithSource chains naming someone besides the publishing outlet
 * @param roles link counts by role
 * @param agreements agreements found
 * @param kinds agreements by kind
 * @param obligations obligations found
 * @param obligationsWithDeadline obligations with a resolved deadline
 * @param violations structural invariant violations (offsets outside the text, chains not ending with the outlet)
 * @param millis time spent in the three discourse stages, in milliseconds
 * @param samples sample lines by kind (quote, link, agreement) for hand checking
 */
public record SurveyReport(int documents, int sentences, int quotes, int quotesWithSpeaker, int quotesWithSaid,
    int chains, int reported, int chainsWithSource, Map<String, Integer> roles, int agreements,
    Map<String, Integer> kinds, int obligations, int obligationsWithDeadline, int violations, double millis,
    List<String> samples) {

  public SurveyReport {
    roles = Map.copyOf(roles);
    kinds = Map.copyOf(kinds);
    samples = List.copyOf(samples);
  }

  /** Plain-text rendering. */
  public String render() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("documents %d, sentences %d, discourse stages %.1f ms/document%n", documents, sentences,
        documents == 0 ? 0.0 : millis / documents));
    b.append(String.format("quotes %d: with speaker %d (%s), with date said %d (%s)%n", quotes, quotesWithSpeaker,
        pct(quotesWithSpeaker, quotes), quotesWithSaid, pct(quotesWithSaid, quotes)));
    b.append(String.format("chains %d: reported %d (%s), naming a source besides the outlet %d (%s)%n", chains,
        reported, pct(reported, chains), chainsWithSource, pct(chainsWithSource, chains)));
    b.append("links by role ").append(new TreeMap<>(roles)).append('\n');
    b.append(String.format("agreements %d %s, obligations %d, with deadline %d%n", agreements, new TreeMap<>(kinds),
        obligations, obligationsWithDeadline));
    b.append("invariant violations ").append(violations).append('\n');
    samples.forEach(s -> b.append("  ").append(s).append('\n'));
    return b.toString();
  }

  private static String pct(int n, int d) {
    return d == 0 ? "-" : String.format("%.0f%%", 100.0 * n / d);
  }

  /** Mutable accumulator used by {@link DiscourseSurvey}; confined to one run. */
  static final class Builder {
    int documents;
    int sentences;
    int quotes;
    int quotesWithSpeaker;
    int quotesWithSaid;
    int chains;
    int reported;
    int chainsWithSource;
    final Map<String, Integer> roles = new HashMap<>();
    int agreements;
    final Map<String, Integer> kinds = new HashMap<>();
    int obligations;
    int obligationsWithDeadline;
    int violations;
    double millis;
    private final int perKind;
    private final Map<String, Integer> taken = new HashMap<>();
    private final List<String> samples = new ArrayList<>();

    Builder(int perKind) {
      this.perKind = perKind;
    }

    void sample(String kind, String line) {
      if (taken.merge(kind, 1, Integer::sum) <= perKind) {
        samples.add(kind + " | " + line);
      }
    }

    SurveyReport build() {
      return new SurveyReport(documents, sentences, quotes, quotesWithSpeaker, quotesWithSaid, chains, reported,
          chainsWithSource, roles, agreements, kinds, obligations, obligationsWithDeadline, violations, millis,
          samples);
    }
  }
}
