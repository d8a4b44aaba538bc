package org.observatory.extract.event;

import java.util.Locale;
import java.util.Set;
import org.observatory.nlp.Token;

/**
 * Heads of noun phrases that name no party, whatever slot the parse puts them in: media artefacts of the page
 * ("(File photo)", "a video", "footage"), munitions ("barrel bombs", "a shell") and abstract nouns or states of affairs ("safety", "security", "our
 * soil", "that offer", "refuge", "reports"). General vocabulary only; a head an actor record covers is never one.
 * Stateless.
 */
final class NonActors {

  /** The page's own media: captions and credits that the parser can take for a subject. */
  static final Set<String> MEDIA = Set.of("photo", "photograph", "picture", "pic", "image", "video", "footage",
      "file", "screenshot", "screengrab", "caption", "clip", "graphic", "illustration", "infographic", "credit",
      "youtube", "thumbnail", "slideshow", "gallery");

  /** Abstract nouns and states of affairs: what is protected, sought, offered or reported, never who. */
  static final Set<String> ABSTRACT = Set.of("situation", "matter", "condition", "thing", "status", "crisis",
      "problem", "issue", "process", "circumstance", "development", "trend", "violence", "escalation", "tension",
      "security", "stability", "calm", "peace", "safety", "privacy", "sovereignty", "integrity", "soil", "offer",
      "refuge", "shelter", "asylum", "sanctuary", "report", "claim", "allegation", "rumour", "rumor", "accusation",
      "conflict", "war", "fighting", "future", "fate", "life", "lives", "freedom", "liberty", "dignity", "right",
      "rights", "interest", "interests", "idea", "policy", "stance", "position", "approach", "effort", "efforts",
      "attempt", "progress", "support", "help", "aid", "assistance", "access", "control", "power", "responsibility",
      "blame", "credit", "concern", "concerns", "fear", "fears", "hope", "hopes", "threat", "risk", "danger",
      "chance", "opportunity", "way", "role", "lull",
      "truce", "ceasefire", "agreement", "deal", "plan", "proposal", "initiative", "conference", "talks", "meeting",
      "session", "summit");

  /**
   * Munitions: what is fired, dropped or planted is the instrument, never the party ("Barrel bombs killed ...", "a
   * shell struck a school", "killed by a roadside improvised explosive device", "by sniper fire"). Platforms (jets,
   * drones, tanks) are left to the actor stage, which gives them their owner's country.
   */
  static final Set<String> MUNITIONS = Set.of("bomb", "bombs", "shell", "shells", "missile", "missiles", "rocket",
      "rockets", "mortar", "mortars", "grenade", "grenades", "mine", "mines", "landmine", "landmines", "explosive",
      "explosives", "ied", "ieds", "bullet", "bullets", "projectile", "projectiles", "munition", "munitions",
      "shrapnel", "round", "rounds", "ordnance", "device", "devices", "fire", "gunfire");

  private NonActors() {}

  /** Whether {@code t} heads a media artefact or an abstract noun (lemma or word, case-insensitive). */
  static boolean isNonActor(Token t) {
    if (t.isProperNoun() && !MEDIA.contains(lower(t.text()))) {
      return false;
    }
    String lemma = lower(t.lemma());
    String word = lower(t.text());
    return MEDIA.contains(lemma) || MEDIA.contains(word) || ABSTRACT.contains(lemma) || ABSTRACT.contains(word)
        || MUNITIONS.contains(lemma) || MUNITIONS.contains(word);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
