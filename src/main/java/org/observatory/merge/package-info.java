/**
 * Cross-document merging: decides when events read from different documents (several outlets, or the same outlet
 * twice) report one real-world event ({@link org.observatory.merge.EventScorer} over
 * {@link org.observatory.merge.EventKey}s), groups them ({@link org.observatory.merge.EventClusterer}) and assembles
 * one {@link org.observatory.merge.MergedEvent} per group with every report's sources and the members' disagreeing
 * details kept side by side. The policy (thresholds, id rule, conflict form) is in {@code docs/merging.md}.
 *
 * <p>Pure, deterministic logic with no I/O and no SQL (the store persists the result). May use {@code core} and
 * {@code record}.
 */
package org.observatory.merge;
