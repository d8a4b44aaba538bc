/**
 * Speed measurements the project ships ({@code ./observatory bench}): the whole pipeline per document with each
 * stage's share, the batch path's documents per second on N worker threads ({@code BatchBenchmark}, {@code bench
 * --threads N}, with process CPU time and heap after collections), and place resolution speed
 * ({@code PlaceResolutionBench}). Numbers are reported, never asserted by tests.
 *
 * <p>May use {@code core}, {@code document}, {@code pipeline}, {@code config}, commons-csv and the JDK's management
 * beans; {@code BatchBenchmark} is handed the batch path by {@code service}, never calls it itself; {@code PlaceResolutionBench}
 * also uses {@code gazetteer}, {@code extract.place} and {@code eval.place}.
 */
package org.observatory.bench;
