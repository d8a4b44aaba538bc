package org.observatory.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.observatory.core.Span;

/**
 * One TimeML file reduced to what the scorers need.
 *
 * @param name file name
 * @param text the TEXT element's content with all tags removed (offsets of {@code gold} point into it)
 * @param dct the document creation time (the DCT element's TIMEX3), never null
 * @param gold the TIMEX3 annotations inside TEXT, creation-time metadata excluded, in text order
 */
public record TimeMlDocument(String name, String text, LocalDate dct, List<Gold> gold) {

  public TimeMlDocument {
    gold = List.copyOf(gold);
  }

  /** One gold TIMEX3: span in {@code text}, type and value. */
  public record Gold(Span span, String text, String type, String value) {}
}
