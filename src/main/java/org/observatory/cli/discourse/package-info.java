/**
 * Command-line entry for the discourse survey ({@link org.observatory.cli.discourse.DiscourseSurveyCommand});
 * argument parsing only, the logic lives in {@code eval.discourse}.
 *
 * <p>May use {@code config}, {@code bench}, {@code eval.discourse}, {@code extract.*}, {@code nlp} and
 * {@code pipeline}.
 */
package org.observatory.cli.discourse;
