package org.observatory.extract.time;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts a first-character guard ({@link FirstChars#guard}) in front of every English HeidelTime rule pattern, in
 * HeidelTime's own rule tables. HeidelTime runs every rule's pattern with {@code find()} over every sentence, and
 * nearly all of its time is spent trying each rule's alternatives at positions where no match can begin; the guard
 * rejects those positions with one character-class test and leaves every match, group and rule name as it was.
 *
 * <p>The tables are a per-language singleton shared by all HeidelTime engines of the JVM; {@link #install} rewrites
 * them once, under a class lock, before the first engine of this JVM runs a document (HeidelTimeTagger calls it from
 * its constructor, after building its engines). Thread-safe.
 */
final class GuardedRules {

  private static boolean installed;

  private GuardedRules() {}

  /** Guards the English rule tables, once per JVM. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    RuleManager rules = RuleManager.getInstance(Language.ENGLISH, false);
    for (HashMap<Pattern, String> table : List.of(rules.getHmDatePattern(), rules.getHmDurationPattern(),
        rules.getHmTimePattern(), rules.getHmSetPattern(), rules.getHmTemponymPattern())) {
      guard(table);
    }
    installed = true;
  }

  /** Replaces each pattern key by its guarded equivalent, keeping its rule name. */
  static void guard(HashMap<Pattern, String> table) {
    Map<Pattern, String> before = new LinkedHashMap<>(table);
    table.clear();
    before.forEach((pattern, rule) -> table.put(FirstChars.guard(pattern).orElse(pattern), rule));
  }
}
