/** Command-line entry points for merge measurements; no logic (see {@code eval.merge}). May use {@code eval.merge}. */
package org.observatory.cli.merge;
