package org.observatory.extract.place;

import java.util.Optional;

/**
 * The country a demonym names ("Lebanese" gives "Lebanon"), supplied from outside the place package (the actor
 * dictionary's state names: {@code ActorDictionary::stateOf}) so that the list is kept in one place. Implementations
 * must be immutable and thread-safe.
 */
@FunctionalInterface
public interface DemonymCountries {

  /** No demonyms known: demonyms are never places. */
  DemonymCountries NONE = word -> Optional.empty();

  /**
   * @param word a single word as written ("Lebanese"), never null
   * @return the name of the country the word denotes, as the gazetteer knows it ("Lebanon"); empty when unknown
   */
  Optional<String> countryOf(String word);
}
