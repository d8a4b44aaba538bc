/** Thin command-line entry points for event evaluation; the logic lives in {@code eval.event}. */
package org.observatory.cli.event;
