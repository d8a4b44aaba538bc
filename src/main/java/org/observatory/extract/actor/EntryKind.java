package org.observatory.extract.actor;

/** What a dictionary name denotes. */
enum EntryKind {
  /** A state, named by its name or demonym ("Turkey", "Turkish"). */
  STATE,
  /** A seat of power standing for a state's government by metonymy ("Ankara", "the Kremlin"). */
  CAPITAL,
  /** A named person. */
  PERSON,
  /** A named organisation, armed group, IGO, NGO or outlet. */
  GROUP,
  /** A description that refers back to a named actor ("the war monitor group"). */
  DESCRIPTION
}
