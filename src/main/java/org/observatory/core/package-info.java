/**
 * Values and errors shared by every layer: {@link org.observatory.core.Span}, {@link org.observatory.core.Provenance},
 * the unchecked exception hierarchy rooted at {@link org.observatory.core.ObservatoryException}, and three small
 * utilities every package may need: {@link org.observatory.core.Resources} (bundled data files),
 * {@link org.observatory.core.GreatCircle} (distances) and {@link org.observatory.core.Lazy} (compute once).
 *
 * <p>Owns no behaviour beyond validation. May use only the JDK; every other package may use it.
 */
package org.observatory.core;
