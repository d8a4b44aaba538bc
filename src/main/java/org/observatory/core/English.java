package org.observatory.core;

/** Small facts of English spelling shared by the extractors. Stateless and thread-safe. */
public final class English {

  private English() {}

  /**
   * The singular of a lower-case regular English plural: {@code cities → city}, {@code churches → church},
   * {@code troops → troop}; a word that does not look plural ({@code gas}, {@code press}) is returned as it is.
   * Irregular plurals are not handled.
   */
  public static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
