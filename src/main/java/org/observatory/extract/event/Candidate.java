package org.observatory.extract.event;

/**
 * A trigger found in one sentence, before arguments are attached.
 *
 * @param token index of the trigger token in its sentence
 * @param host index of the light verb carrying a nominal event ("launched ... invasion"), or -1
 * @param type PLOVER type
 * @param mode PLOVER mode, or null
 * @param acled ACLED label fixed by the lexicon, or null
 * @param rule the lexicon entry or pattern that fired
 * @param nominal true for event nouns
 * @param threat true for a conditional statement read as a threat ("said Turkey may launch ... if ...")
 */
record Candidate(int token, int host, PloverType type, String mode, String acled, String rule, boolean nominal,
    boolean threat) {}
