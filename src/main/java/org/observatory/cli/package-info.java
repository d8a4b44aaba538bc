/**
 * The command-line interface ({@code ./observatory}): picocli commands that parse options, call the
 * {@code service} layer and print. No analysis, storage or evaluation logic lives here. Exit codes are mapped in
 * one place, {@link org.observatory.cli.ExitCodes}.
 *
 * <p>May use every other package except {@code nlp.corenlp} directly.
 */
package org.observatory.cli;
