/** Planning periods (a quarter by default) and their state: planning, active, closed. */
package dev.lodestar.cycles;
