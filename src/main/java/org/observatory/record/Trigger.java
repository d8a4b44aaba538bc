package org.observatory.record;

/** The word or phrase that expresses an event; UTF-16 offsets, end exclusive. */
public record Trigger(String text, int start, int end) {}
