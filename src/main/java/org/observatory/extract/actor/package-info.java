/**
 * Actors: who can act or be acted upon in a report. Owns the {@link org.observatory.extract.actor.ActorDictionary}
 * (Phoenix/CAMEO actor and agent dictionaries plus our own editable {@code actors-extra.tsv}), the
 * {@link org.observatory.extract.actor.ActorStage} that adds {@code Slot.ACTORS}, and the read-only
 * {@link org.observatory.extract.actor.ActorIndex} other stages use to ask which actor covers a span or token and
 * whether two mentions are the same actor.
 *
 * <p>May use {@code core}, {@code config}, {@code document}, {@code nlp}, {@code pipeline} and {@code record}. No
 * CoreNLP type; no other extraction package.
 */
package org.observatory.extract.actor;
