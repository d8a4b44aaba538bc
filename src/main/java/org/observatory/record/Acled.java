package org.observatory.record;

/** ACLED event type and sub-event type ("Strategic developments" / "Headquarters or base established"). */
public record Acled(String eventType, String subEventType) {}
