/**
 * Thin picocli commands for the {@code source} evaluations; the logic lives in {@code eval.sources}.
 *
 * <p>May use {@code config}, {@code eval.sources} and picocli.
 */
package org.observatory.cli.sources;
