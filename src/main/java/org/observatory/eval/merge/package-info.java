/**
 * Measurements of cross-document merging: the cost of merging while storing, on a synthetic corpus whose true
 * event identities are known by construction ({@link org.observatory.eval.merge.MergeBenchmark}).
 *
 * <p>May use {@code core}, {@code record}, {@code merge} and {@code store}.
 */
package org.observatory.eval.merge;
