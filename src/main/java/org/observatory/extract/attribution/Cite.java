package org.observatory.extract.attribution;

import org.observatory.core.Span;

/**
 * One source the text names for a sentence.
 *
 * @param kind what kind of source
 * @param name its name (canonical where known)
 * @param evidence where the text names it, or null
 * @param sentence index of the sentence it belongs to
 * @param mainClause true when it covers the whole sentence; false for an embedded speech clause
 * @param scope what it covers: the sentence, or the embedded clause from the speech verb on
 */
record Cite(SourceKind kind, String name, Span evidence, int sentence, boolean mainClause, Span scope) {}
