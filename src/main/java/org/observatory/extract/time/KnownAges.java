package org.observatory.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.Token;

/**
 * Publication dates implied by an aged period whose start the text does not state but which the text identifies
 * as one of the {@link KnownPeriods}: "Syria's eight-year war", "the Syrian conflict, now in its ninth year",
 * "after seven years of war in Yemen", "eight years since the start of the uprising", "ten years after the end of
 * the Lebanese civil war", "the 40th anniversary of the Islamic revolution". The period is identified, in this
 * order, by a name in its noun phrase ("the Arab Spring"), by a country or demonym in its noun phrase ("Syria's",
 * "Syrian", "in Syria"), by the nearest country the sentence names before the phrase, or by the country the whole
 * text mentions most among those with a matching period ({@link KnownPeriods#dominant}). A place the list does not
 * know in the noun phrase ("Aleppo's siege"), or as the nearest country before it ("South Sudan, where the war"),
 * stops the search. Only periods that go by the phrase's noun are read, and for an age only those still running at
 * that age ({@link KnownPeriods.Known#runningAt}); several matching periods give one constraint with one period
 * each. An age of N years allows publication from N-1 to N+1 years after the start day (after the end day for a
 * time since the end), "in its Nth year" N-1 to N years, each widened by {@link #SLACK_DAYS}; an Nth anniversary
 * allows {@link #ANNIVERSARY_DAYS} either side of it. Stateless apart from its inputs; immutable; one per text.
 */
final class KnownAges {

  /** Days added on each side of an age's span (reporters round an age towards the next year). */
  static final int SLACK_DAYS = 92;

  /** Half the span around an anniversary, in days. */
  static final int ANNIVERSARY_DAYS = 183;

  private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
      + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
      + "|thirtieth|fortieth|fiftieth|sixtieth|seventieth";

  private static final List<String> ORDINALS = List.of(ORDINAL_WORDS.split("\\|"));

  private static final Map<String, Integer> TENS = Map.of("twentieth", 20, "thirtieth", 30, "fortieth", 40,
      "fiftieth", 50, "sixtieth", 60, "seventieth", 70);

  /** "four-and-a-half", "six and a half": read as the whole years, which the age's span already stretches past. */
  private static final String HALF = "(?: ?- ?and ?- ?a ?- ?half| and a half| and a-half| and a ?- ?half)?";

  private static final Pattern AGE = Pattern.compile("(?:\\b(?:the|this|its|their|his|her)|(?<= )'s|(?<= )’s) "
      + "(?:[a-z]+ )?"
      + ElapsedYears.NUM + HALF + " ?- ?years? ?-? ?(?:old |long )?(?:[a-z'’-]+ )?(" + ElapsedYears.PERIOD + ")\\b");

  private static final Pattern NTH = Pattern.compile("\\bin its (" + ORDINAL_WORDS
      + "|\\d{1,2}(?:st|nd|rd|th)) year\\b");

  private static final Pattern PERIOD_WORD = Pattern.compile("\\b(" + ElapsedYears.PERIOD + ")\\b");

  private static final Pattern YEARS_OF = Pattern.compile("(?<!\\ba )(?<!\\ban )\\b" + ElapsedYears.NUM
      + HALF + " years of ((?:civil )?(?:war|conflict|fighting|crisis|occupation|siege|blockade))\\b");

  /** "eight years since the start of", "ten years after the end of": an age from a period's start or end. */
  private static final Pattern SINCE_EDGE = Pattern.compile("\\b" + ElapsedYears.NUM + " years (?:since|after) the "
      + "(start|beginning|outbreak|end) of\\b");

  private static final Pattern ANNIVERSARY = Pattern.compile("\\bthe (" + ORDINAL_WORDS
      + "|\\d{1,3}(?:st|nd|rd|th)) anniversary of\\b");

  /** Words after a period's noun that bring its place into the noun phrase ("the war in Syria"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "against", "on", "of", "with", "inside",
      "across", "over");

  /** Named-entity tags of places. */
  private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY",
      "LOCATION");

  private enum Kind { AGE, NTH, ANNIVERSARY, SINCE_END }

  /** An aged phrase: its kind, the number of years, its head noun and its noun phrase's core in the text. */
  private record Phrase(Kind kind, int years, String noun, int from, int to) {}

  private final KnownPeriods known;
  private final List<Sentence> sentences;
  private final List<String> texts;

  /**
   * @param known the list of periods, never null
   * @param sentences the text's sentences, never null
   * @param texts their {@link ElapsedYears#text} renderings, same order, never null
   */
  KnownAges(KnownPeriods known, List<Sentence> sentences, List<String> texts) {
    this.known = known;
    this.sentences = sentences;
    this.texts = texts;
  }

  /** The constraints of sentence {@code i}'s aged phrases that identify a known period; may be empty. */
  List<DateConstraint> in(int i) {
    List<DateConstraint> out = new ArrayList<>();
    for (Phrase p : phrases(texts.get(i))) {
      List<KnownPeriods.Known> ks = identify(i, p);
      if (!ks.isEmpty()) {
        out.add(new DateConstraint(evidence(p, ks), ks.stream().map(k -> span(p, k)).toList()));
      }
    }
    return out;
  }

  /** Every aged phrase of {@code t}: ages ("the seven-year war", "seven years of war"), Nth years, anniversaries. */
  private List<Phrase> phrases(String t) {
    List<Phrase> out = new ArrayList<>();
    Matcher m = AGE.matcher(t);
    while (m.find()) {
      int n = number(m.group(1));
      out.add(new Phrase(Kind.AGE, n, KnownPeriods.noun(m.group(2)), m.start(), m.end()));
    }
    m = YEARS_OF.matcher(t);
    while (m.find()) {
      out.add(new Phrase(Kind.AGE, number(m.group(1)), KnownPeriods.noun(m.group(2)), m.start(), m.end()));
    }
    m = NTH.matcher(t);
    while (m.find()) {
      int n = ordinal(m.group(1));
      lastPeriodWord(t, m.start()).ifPresent(w -> out.add(new Phrase(Kind.NTH, n, w.noun(), w.from(), w.to())));
    }
    m = ANNIVERSARY.matcher(t);
    while (m.find()) {
      String after = following(t, m.end(), 6);
      int n = ordinal(m.group(1));
      int from = m.start();
      int to = m.end() + 1 + after.length();
      known.nounIn(after).ifPresent(noun -> out.add(new Phrase(Kind.ANNIVERSARY, n, noun, from, to)));
    }
    m = SINCE_EDGE.matcher(t);
    while (m.find()) {
      String after = following(t, m.end(), 6);
      Kind kind = m.group(2).equals("end") ? Kind.SINCE_END : Kind.AGE;
      int n = number(m.group(1));
      int from = m.start();
      int to = m.end() + 1 + after.length();
      known.nounIn(after).ifPresent(noun -> out.add(new Phrase(kind, n, noun, from, to)));
    }
    out.removeIf(p -> p.years() <= 0);
    return out;
  }

  /** The last period noun within the 60 characters before char {@code at} of {@code t}, as a phrase core. */
  private static Optional<Phrase> lastPeriodWord(String t, int at) {
    Matcher m = PERIOD_WORD.matcher(t).region(Math.max(0, at - 60), at);
    Phrase last = null;
    while (m.find()) {
      last = new Phrase(Kind.NTH, 0, KnownPeriods.noun(m.group(1)), m.start(), m.end());
    }
    return Optional.ofNullable(last);
  }

  /** The known periods phrase {@code p} of sentence {@code i} names; empty when none or when it names another place. */
  private List<KnownPeriods.Known> identify(int i, Phrase p) {
    String t = texts.get(i);
    String window = before(t, p.from(), 3) + " " + t.substring(p.from(), p.to()) + " " + placeAfter(t, p.to());
    List<KnownPeriods.Known> named = known.named(window, p.noun());
    if (!named.isEmpty()) {
      return running(named, p);
    }
    Set<String> ids = known.mentions(window).stream().map(KnownPeriods.Mention::country)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<KnownPeriods.Known> own = running(known.of(ids, p.noun()), p);
    if (!own.isEmpty()) {
      return own;
    }
    int lo = Math.max(0, p.from() - before(t, p.from(), 3).length() - 1);
    int hi = Math.min(t.length(), p.to() + 1 + placeAfter(t, p.to()).length());
    if (unknownPlace(i, lo, hi, PLACE_TAGS)) {
      return List.of();
    }
    Optional<List<KnownPeriods.Known>> nearest = nearest(i, p);
    if (nearest.isPresent()) {
      return nearest.get();
    }
    Set<String> candidates = known.periods().stream().filter(k -> k.nouns().contains(p.noun()))
        .filter(k -> fits(k, p))
        .flatMap(k -> k.countries().stream()).collect(Collectors.toSet());
    return known.dominant(texts, candidates).map(c -> running(known.of(Set.of(c), p.noun()), p))
        .orElse(List.of());
  }

  /**
   * The periods of the nearest country the sentence names before the phrase ("In Syria, where the war ...") that
   * has matching periods; an empty list when a country the list does not know comes first; empty when there is no
   * such country. Countries named after the phrase are not read: outside its noun phrase they are mostly others
   * ("... displaced by the war, and in neighbouring Lebanon").
   */
  private Optional<List<KnownPeriods.Known>> nearest(int i, Phrase p) {
    String t = texts.get(i);
    record Place(int at, String country) {}
    List<Place> places = new ArrayList<>();
    known.mentions(t).stream().filter(m -> m.at() < p.from()).forEach(m -> places.add(new Place(m.at(), m.country())));
    int[] starts = starts(sentences.get(i));
    List<Token> tokens = sentences.get(i).tokens();
    for (int k = 0; k < tokens.size() && starts[k] < p.from(); k++) {
      Token tok = tokens.get(k);
      if (Set.of("COUNTRY", "NATIONALITY").contains(tok.ner())
          && !known.isCountryWord(tok.text().toLowerCase(java.util.Locale.ROOT))) {
        places.add(new Place(starts[k], null));
      }
    }
    places.sort(Comparator.comparingInt(Place::at).reversed());
    for (Place pl : places) {
      if (pl.country() == null) {
        return Optional.of(List.of());
      }
      List<KnownPeriods.Known> ks = running(known.of(Set.of(pl.country()), p.noun()), p);
      if (!ks.isEmpty()) {
        return Optional.of(ks);
      }
    }
    return Optional.empty();
  }

  /** Whether a token between chars {@code lo} and {@code hi} of sentence {@code i} is a place the list lacks. */
  private boolean unknownPlace(int i, int lo, int hi, Set<String> tags) {
    int[] starts = starts(sentences.get(i));
    List<Token> tokens = sentences.get(i).tokens();
    for (int k = 0; k < tokens.size(); k++) {
      Token tok = tokens.get(k);
      if (starts[k] >= lo && starts[k] < hi && tags.contains(tok.ner())
          && !known.isCountryWord(tok.text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<KnownPeriods.Known> running(List<KnownPeriods.Known> ks, Phrase p) {
    return ks.stream().filter(k -> fits(k, p)).toList();
  }

  /** Whether phrase {@code p} can be about {@code k}: an age needs it running, a time since its end needs an end. */
  private static boolean fits(KnownPeriods.Known k, Phrase p) {
    return switch (p.kind()) {
      case AGE, NTH -> k.runningAt(p.years());
      case SINCE_END -> k.end() != null;
      case ANNIVERSARY -> true;
    };
  }

  /** Where each token of {@code s} starts in its {@link ElapsedYears#text} rendering. */
  private static int[] starts(Sentence s) {
    int[] out = new int[s.tokens().size()];
    int at = 0;
    for (int k = 0; k < out.length; k++) {
      out[k] = at;
      at += s.tokens().get(k).text().length() + 1;
    }
    return out;
  }

  /** Up to {@code n} tokens before char {@code at} (which starts a token), joined. */
  private static String before(String t, int at, int n) {
    String[] words = t.substring(0, Math.max(0, at - 1)).split(" ");
    int from = Math.max(0, words.length - n);
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)).strip();
  }

  /** Up to {@code n} tokens after char {@code at} (which ends a token), stopping at punctuation. */
  private static String following(String t, int at, int n) {
    if (at + 1 >= t.length()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (String w : t.substring(at + 1).split(" ")) {
      if (out.size() == n || !w.matches(".*[\\p{L}\\d].*")) {
        break;
      }
      out.add(w);
    }
    return String.join(" ", out);
  }

  /** "in Syria", "against the Islamic State": a place preposition after the noun with up to 4 tokens. */
  private static String placeAfter(String t, int at) {
    String next = following(t, at, 5);
    return PLACE_PREPOSITIONS.contains(next.split(" ")[0]) ? next : "";
  }

  /** Publication allowed by phrase {@code p} about period {@code k}. */
  private static DateConstraint.Period span(Phrase p, KnownPeriods.Known k) {
    LocalDate start = k.start();
    return switch (p.kind()) {
      case SINCE_END -> new DateConstraint.Period(k.end().plusYears(p.years() - 1L).minusDays(SLACK_DAYS),
          k.end().plusYears(p.years() + 1L).plusDays(SLACK_DAYS));
      case AGE -> new DateConstraint.Period(start.plusYears(p.years() - 1L).minusDays(SLACK_DAYS),
          start.plusYears(p.years() + 1L).plusDays(SLACK_DAYS));
      case NTH -> new DateConstraint.Period(start.plusYears(p.years() - 1L).minusDays(SLACK_DAYS),
          start.plusYears(p.years()).plusDays(SLACK_DAYS));
      case ANNIVERSARY -> new DateConstraint.Period(start.plusYears(p.years()).minusDays(ANNIVERSARY_DAYS),
          start.plusYears(p.years()).plusDays(ANNIVERSARY_DAYS));
    };
  }

  private static String evidence(Phrase p, List<KnownPeriods.Known> ks) {
    String ids = ks.stream().map(k -> k.id() + " (from " + k.start() + ")").collect(Collectors.joining(", "));
    return switch (p.kind()) {
      case AGE -> "age of " + p.years() + " years of " + ids;
      case NTH -> "year " + p.years() + " of " + ids;
      case ANNIVERSARY -> "anniversary " + p.years() + " of " + ids;
      case SINCE_END -> p.years() + " years since the end of " + ids;
    };
  }

  private static int number(String word) {
    OptionalInt n = TimeLexicon.number(word, null);
    return n.orElse(0);
  }

  /** "eighth" is 8, "40th" is 40; 0 when unreadable. */
  static int ordinal(String word) {
    if (TENS.containsKey(word)) {
      return TENS.get(word);
    }
    int i = ORDINALS.indexOf(word);
    if (i >= 0) {
      return i + 1;
    }
    String digits = word.replaceAll("\\D", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }
}
