package org.observatory.eval.event;

import java.util.List;

/**
 * One gold sentence or snippet.
 *
 * @param id the gold file's id
 * @param text the text to code
 * @param label the gold label (a PLOVER type name, or an ACLED label)
 * @param eventText the gold event words ("agreed cooperate"), empty when the gold gives none
 * @param sources gold source actor texts (may be empty)
 * @param targets gold target actor texts (may be empty)
 */
public record GoldItem(String id, String text, String label, String eventText, List<String> sources,
    List<String> targets) {

  public GoldItem {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
