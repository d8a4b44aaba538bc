/**
 * Typed configuration: {@link org.observatory.config.Config} (read from an optional JSON file that may not hold
 * unknown keys, then overridden by command-line options) and {@link org.observatory.config.DataPaths}, which finds
 * the shared reference data.
 *
 * <p>May use {@code core} and Jackson.
 */
package org.observatory.config;
