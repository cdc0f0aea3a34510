/** Weekly check-ins on key results — value, confidence, note — kept as an append-only history. */
package dev.lodestar.checkins;
