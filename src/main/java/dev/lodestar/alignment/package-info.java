/**
 * Alignment up, down, left and right: vertical links from an objective to the objective or key result it
 * supports, horizontal contribution requests between teams, the alignment map and its coverage.
 */
package dev.lodestar.alignment;
