package org.observatory.extract.event;

/**
 * The PLOVER coding of one CAMEO code, from {@code CAMEO2PLOVER-2021.txt}.
 *
 * @param cameo CAMEO code ("190", "1384")
 * @param type PLOVER type
 * @param mode PLOVER mode, or null
 * @param context PLOVER context, or null
 * @param description the CAMEO description
 */
public record CameoCoding(String cameo, PloverType type, String mode, String context, String description) {}
