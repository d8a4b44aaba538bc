package org.observatory.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

  /** Invented sentences with time expressions of many shapes, plain text, odd spaces and non-BMP characters. */
  private static final List<String> SENTENCES = List.of(
      "The convoy left on Monday, 3 February 2020, at 10:30 a.m. local time.",
      "Officials said two weeks ago that talks would resume next month, possibly in early spring.",
      "By the end of the fiscal second quarter of 1998, sales had doubled for the third year running.",
      "Shelling continued overnight; on Feb. 4th and again on the 5th, at least 12 people were killed.",
      "He served from 1990 to 1995 and again in the 2000s, the twenty-first century's first decade.",
      "Every Tuesday and twice a week since last summer, the market opened at 6 o'clock.",
      "The ceasefire, agreed on 12/02/2020 and due to last 72 hours, collapsed within a day.",
      "In the mid-1980s and the late 19th century alike, nobody spoke of it; no longer than a decade ago.",
      "Christmas Eve, New Year's Day, Thanksgiving and Ramadan were mentioned at noon today.",
      "Quarterly results for Q3 2019 and H1 2020 came out this morning, 45 minutes late.",
      "Nothing here at all: the government denied the allegations and called for calm.",
      "Tab\tseparated\u00a0and\u2009thin\u3000spaced March\u00a05 text, with \ud83d\ude00 emoji 2021 and \ud800 alone.",
      "On the 1st of January of 90 BC, at about 4pm EST, for nearly three years and six months.",
      "SEPT. 11, 2001 -- The attacks happened Tuesday morning; Sept. 12 was quieter.",
      "The 1990s, the 90s, this week, the weekend, tonight, tomorrow, yesterday, recently, now.",
      "",
      "2020",
      "Mon.",
      "a few days later, several months earlier, the past 24 hours, 3-4 days, 10-year-old.");

  @Test
  void firstCharactersOfAlternativesAndOptionalPrefixesAreCollected() {
    BitSet f = FirstChars.firstSet(Pattern.compile("(?:[Tt]he )?(January|March)\\s\\d+")).orElseThrow();
    assertEquals(charSet("TtJM"), f);
  }

  @Test
  void zeroWidthAssertionsAreSkippedAndLookaroundContentIsNotAFirstCharacter() {
    BitSet f = FirstChars.firstSet(Pattern.compile("\\b(?<=x)(?!y)^z")).orElseThrow();
    assertEquals(charSet("z"), f);
  }

  @Test
  void caseInsensitiveFlagsWidenLiteralsToBothCases() {
    assertEquals(charSet("mM"), FirstChars.firstSet(Pattern.compile("may", Pattern.CASE_INSENSITIVE)).orElseThrow());
  }

  @Test
  void patternsThatCanMatchTheEmptyStringAreNotGuarded() {
    assertTrue(FirstChars.guard(Pattern.compile("(a|b)*")).isEmpty());
    assertTrue(FirstChars.guard(Pattern.compile("x?\\b")).isEmpty());
  }

  @Test
  void constructsTheAnalysisDoesNotModelAreNotGuarded() {
    assertTrue(FirstChars.guard(Pattern.compile("(a)\\1")).isEmpty());
    assertTrue(FirstChars.guard(Pattern.compile("(?i)may")).isEmpty());
    assertTrue(FirstChars.guard(Pattern.compile("\\Qa.b\\E")).isEmpty());
    assertTrue(FirstChars.guard(Pattern.compile("[^a]bc")).isEmpty());
  }

  @Test
  void aGuardedTopLevelAlternationStillMatchesEveryAlternative() {
    Pattern g = FirstChars.guard(Pattern.compile("ab|cd")).orElseThrow();
    assertEquals(List.of("0,2;", "3,5;"), matches(g, "ab cd"));
  }

  @Test
  void literalFastPathAgreesWithJavasOwnMatcher() {
    String sample = "09AZaz-:/,'\"%&@#=~_<>;!\t \u00a0\u00e9\u00df\u017f\u2009\u2013\u212a\u0130\u3000";
    for (char c : sample.toCharArray()) {
      String s = String.valueOf(c);
      assertEquals(FirstChars.byMatcher(Pattern.quote(s), 0), FirstChars.accepted(s, 0), "char " + (int) c);
    }
  }

  @Test
  void guardedHeidelTimeRulesFindExactlyTheSameMatchesAndGroupsOnInventedSentences() {
    Map<Pattern, String> rules = englishRules();
    int guarded = 0;
    for (Map.Entry<Pattern, String> rule : rules.entrySet()) {
      Pattern p = rule.getKey();
      Pattern g = FirstChars.guard(p).orElse(p);
      guarded += g == p ? 0 : 1;
      assertEquals(p.matcher("").groupCount(), g.matcher("").groupCount(), rule.getValue());
      for (String s : SENTENCES) {
        assertEquals(matches(p, s), matches(g, s), rule.getValue() + " on: " + s);
      }
    }
    assertTrue(guarded > rules.size() * 9 / 10, "most rules guarded: " + guarded + " of " + rules.size());
  }

  @Test
  void aMandatoryDigitOrPunctuationMarkBecomesTheRequirement() {
    Pattern check = FirstChars.requirement(Pattern.compile("(?:[Tt]he )?[Jj]an\\.? ?\\d+")).orElseThrow();
    assertTrue(check.matcher("jan 5").find());
    assertFalse(check.matcher("January").find());
    Pattern colon = FirstChars.requirement(Pattern.compile("\\d+:\\d\\d")).orElseThrow();
    assertTrue(colon.matcher("at 10:30").find());
    assertFalse(colon.matcher("at 10 30").find(), "the single colon is preferred over the ten digits");
  }

  @Test
  void optionalPartsAndAlternativesWithALetterGiveNoRequirement() {
    assertTrue(FirstChars.requirement(Pattern.compile("[Mm]ay( \\d+)?")).isEmpty());
    assertTrue(FirstChars.requirement(Pattern.compile("(?:1|b)c")).isEmpty());
  }

  @Test
  void aRuleNeverMatchesASentenceItsRequirementRejects() {
    int checks = 0;
    for (Map.Entry<Pattern, String> rule : englishRules().entrySet()) {
      Optional<Pattern> check = FirstChars.requirement(rule.getKey());
      checks += check.isPresent() ? 1 : 0;
      for (String s : SENTENCES) {
        if (check.isPresent() && !check.get().matcher(s).find()) {
          assertFalse(rule.getKey().matcher(s).find(), rule.getValue() + " on: " + s);
        }
      }
    }
    assertTrue(checks > 50, "rules with a requirement: " + checks);
  }

  @Test
  void theInventedSentencesExerciseTheRules() {
    long hits = englishRules().keySet().stream().filter(p -> SENTENCES.stream().anyMatch(s -> p.matcher(s).find()))
        .count();
    assertTrue(hits > 60, "rules matching somewhere: " + hits);
    assertFalse(SENTENCES.isEmpty());
  }

  /** HeidelTime's English rule tables, freshly read (not the shared instance, which the tagger guards). */
  private static Map<Pattern, String> englishRules() {
    RuleManager rm = new RuleManager(Language.ENGLISH.getResourceFolder(), false) { };
    Map<Pattern, String> all = new HashMap<>();
    for (HashMap<Pattern, String> m : List.of(rm.getHmDatePattern(), rm.getHmDurationPattern(),
        rm.getHmTimePattern(), rm.getHmSetPattern())) {
      all.putAll(m);
    }
    return all;
  }

  private static List<String> matches(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i <= m.groupCount(); i++) {
        b.append(m.start(i)).append(',').append(m.end(i)).append(';');
      }
      out.add(b.toString());
    }
    return out;
  }

  private static BitSet charSet(String chars) {
    BitSet b = new BitSet();
    chars.chars().forEach(b::set);
    return b;
  }
}
