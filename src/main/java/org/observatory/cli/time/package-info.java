/**
 * Thin picocli commands for the time evaluations ({@code eval time}, {@code eval docdate}); the logic lives in
 * {@code org.observatory.eval.time}. May use {@code eval.time}, {@code extract.time}, {@code service} (for annotators),
 * {@code config}.
 */
package org.observatory.cli.time;
