package org.observatory.extract.time;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts a first-character guard ({@link FirstChars#guard}) in front of every English HeidelTime rule pattern, in
 * HeidelTime's own rule tables. HeidelTime runs every rule's pattern with {@code find()} over every sentence, and
 * nearly all of its time is spent trying each rule's alternatives at positions where no match can begin; the guard
 * rejects those positions with one character-class test and leaves every match, group and rule name as it was. A
 * rule whose every match must contain a digit or a punctuation mark of a known set also gets that set as HeidelTime
 * fast check, so it is not run at all on sentences without one.
 *
 * <p>The tables are a per-language singleton shared by all HeidelTime engines of the JVM; {@link #install} rewrites
 * them once, under a class lock, before the first engine of this JVM runs a document ({@link HeidelTimeEngine#create}
 * calls it under its loading lock, after building its engines; later engines find the tables already guarded and
 * only read them). Thread-safe.
 */
final class GuardedRules {

  private static boolean installed;

  private GuardedRules() {}

  /** Guards the English rule tables, once per JVM. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    RuleManager r = RuleManager.getInstance(Language.ENGLISH, false);
    guard(r.getHmDatePattern(), r.getHmDateFastCheck());
    guard(r.getHmDurationPattern(), r.getHmDurationFastCheck());
    guard(r.getHmTimePattern(), r.getHmTimeFastCheck());
    guard(r.getHmSetPattern(), r.getHmSetFastCheck());
    guard(r.getHmTemponymPattern(), r.getHmTemponymFastCheck());
    installed = true;
  }

  /**
   * Replaces each pattern key by its guarded equivalent, keeping its rule name, and gives a rule that has no fast
   * check of its own the {@link FirstChars#requirement} of its pattern as one.
   */
  static void guard(HashMap<Pattern, String> table, HashMap<String, Pattern> fastChecks) {
    Map<Pattern, String> before = new LinkedHashMap<>(table);
    table.clear();
    before.forEach((pattern, rule) -> {
      table.put(FirstChars.guard(pattern).orElse(pattern), rule);
      if (!fastChecks.containsKey(rule)) {
        FirstChars.requirement(pattern).ifPresent(check -> fastChecks.put(rule, check));
      }
    });
  }
}
