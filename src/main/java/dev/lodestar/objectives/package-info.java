/** Objectives and their key results: ownership, visibility, the caps, wording hints and progress. */
package dev.lodestar.objectives;
