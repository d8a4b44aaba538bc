/**
 * Agreements, memoranda, ceasefires and truces as objects: name, kind, parties, brokers, when signed, when they
 * expire, and obligations with party and deadline (explicit dates from {@code TIMES}; durations and relative
 * offsets computed here with {@code java.time}). Owns {@link org.observatory.extract.agreement.AgreementStage}
 * (adds {@code AGREEMENTS}) and {@link org.observatory.extract.agreement.AgreementLinks} (lookup for the events
 * stage).
 *
 * <p>May use {@code core}, {@code document}, {@code nlp}, {@code pipeline}, {@code record} and
 * {@code extract.discourse}.
 */
package org.observatory.extract.agreement;
