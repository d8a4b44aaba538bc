/**
 * Speed benchmarks, as plain classes printing their measurements; the integrator wires them under
 * {@code ./observatory bench}. May use every other package.
 */
package org.observatory.bench;
