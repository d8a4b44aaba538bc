package org.observatory.pipeline;

/** Wall-clock time one stage took on one document, in milliseconds. */
public record StageTiming(String stage, double millis) {}
