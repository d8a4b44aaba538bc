package org.observatory.extract.event;

import org.observatory.record.Acled;

/**
 * One ACLED sub-event type.
 *
 * @param label short label (the CASE 2021 task 2 name: ARMED_CLASH, AIR_STRIKE, HQ_ESTABLISHED, ...)
 * @param eventType ACLED event type ("Battles")
 * @param subEventType ACLED sub-event type ("Armed clash")
 * @param plover the PLOVER type it maps to, or null (Change to group/activity, Other)
 * @param ploverMode the PLOVER mode it maps to, or null
 */
public record AcledCategory(String label, String eventType, String subEventType, PloverType plover,
    String ploverMode) {

  public Acled toRecord() {
    return new Acled(eventType, subEventType);
  }
}
