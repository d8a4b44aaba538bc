/**
 * Thin picocli commands for the places area: {@code gazetteer build} and {@code eval places}. They parse options,
 * call {@code gazetteer} / {@code eval.place} and print; no logic lives here.
 */
package org.observatory.cli.place;
