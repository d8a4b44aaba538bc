package org.observatory.extract.discourse;

import java.util.Set;

/** General English vocabulary the discourse stages share. Constants only. */
public final class Lexicon {

  private Lexicon() {}

  /** Lemmas of verbs that introduce speech or a report. */
  public static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "stress", "warn", "state", "declare",
      "announce", "insist", "note", "explain", "claim", "vow", "pledge", "affirm", "confirm", "deny", "argue",
      "write", "report", "emphasize", "emphasise", "underline", "reiterate", "urge", "assert", "comment",
      "respond", "reply", "threaten", "accuse", "allege", "quote", "caution", "remark", "acknowledge", "admit",
      "charge", "contend", "maintain", "promise", "predict", "suggest", "tweet", "post", "indicate");

  /** Verbs whose any noun subject speaks ("said a former member", "the statement said"). */
  public static final Set<String> PLAIN_SPEECH_VERBS = Set.of("say", "tell", "add", "report", "write", "state");

  /** Lemmas of verbs by which monitors and outlets report. */
  public static final Set<String> REPORT_VERBS = Set.of("report", "say", "document", "record", "confirm", "state",
      "announce", "write", "publish", "claim", "add", "note", "tell", "quote");

  /** Head nouns that denote people or bodies able to speak, when no actor or entity covers the subject. */
  public static final Set<String> AGENT_NOUNS = Set.of("official", "officials", "spokesman", "spokeswoman",
      "spokesperson", "minister", "ministry", "source", "sources", "activist", "activists", "witness", "witnesses",
      "resident", "residents", "group", "monitor", "observatory", "watchdog", "agency", "army", "military",
      "government", "president", "commander", "leader", "statement", "office", "council", "embassy", "diplomat",
      "diplomats", "analyst", "analysts", "expert", "experts", "police", "spokesmen", "authorities", "media",
      "outlet", "channel", "newspaper", "daily", "broadcaster", "correspondent", "reporter", "network", "television");

  /** Words whose presence in a name marks a conflict monitor ("Syrian Observatory for Human Rights"). */
  public static final Set<String> MONITOR_WORDS = Set.of("observatory", "monitor", "monitors", "watchdog",
      "monitoring");

  /** Head nouns of anonymous or collective sources ("reliable sources requesting anonymity"). */
  public static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "activist", "activists", "witness",
      "witnesses", "resident", "residents", "official", "officials", "locals", "medics", "eyewitnesses",
      "informants", "correspondents", "correspondent", "reporters", "people");

  /** Adverbs that mark content as reported by someone other than the outlet. */
  public static final Set<String> REPORTED_ADVERBS = Set.of("reportedly", "allegedly", "purportedly",
      "apparently", "supposedly");

  /** Speech verbs that take a nominal object as reported content ("reported heavy clashes"). */
  public static final Set<String> NOMINAL_CONTENT_VERBS = Set.of("say", "tell", "report", "claim", "add", "warn",
      "quote", "allege", "write");

  /**
   * The lower-case lemma of a verb token; when the tagger left a capitalised form unlemmatised ("Reported"), a
   * regular English inflection is stripped.
   */
  public static String verbLemma(org.observatory.nlp.Token t) {
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    if (!lemma.equals(word) || SPEECH_VERBS.contains(lemma)) {
      return lemma;
    }
    for (String end : new String[] {"ied", "ed", "es", "s", "ing"}) {
      if (word.endsWith(end) && word.length() > end.length() + 2) {
        String stem = word.substring(0, word.length() - end.length());
        String candidate = end.equals("ied") ? stem + "y" : stem;
        if (SPEECH_VERBS.contains(candidate)) {
          return candidate;
        }
        if (SPEECH_VERBS.contains(stem + "e")) {
          return stem + "e";
        }
      }
    }
    return lemma;
  }

  /** Personal pronouns that can stand for a speaker. */
  public static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "her", "him", "his",
      "them", "its", "their", "hers", "me", "us", "you", "our", "my");
}
