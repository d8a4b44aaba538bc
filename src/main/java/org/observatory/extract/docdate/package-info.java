/**
 * Document-date inference as a pipeline stage: {@link org.observatory.extract.docdate.DocDateStage} adds
 * {@code Slot.PUBLISHED} after the actor stage, from the given date or from the text's own evidence (its time
 * expressions, through {@link org.observatory.extract.time.DocDateInference}, and the offices of the persons it
 * names, through {@link org.observatory.extract.docdate.RoleConstraints}).
 *
 * <p>May use {@code core}, {@code document}, {@code nlp} records, {@code pipeline}, {@code record},
 * {@code extract.time} (inference) and {@code extract.actor} (the dictionary's dated roles). Never reads the clock.
 */
package org.observatory.extract.docdate;
