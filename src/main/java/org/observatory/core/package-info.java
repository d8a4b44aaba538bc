/**
 * Values and errors shared by every layer: {@link org.observatory.core.Span}, {@link org.observatory.core.Provenance}
 * and the unchecked exception hierarchy rooted at {@link org.observatory.core.ObservatoryException}.
 *
 * <p>Owns no behaviour beyond validation. May use only the JDK; every other package may use it.
 */
package org.observatory.core;
