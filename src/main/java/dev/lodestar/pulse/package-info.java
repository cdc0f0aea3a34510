/**
 * The motivation pulse (issue 10): an optional, anonymous pulse each cycle on autonomy, competence and relatedness,
 * kept only as tallies (who answered is kept apart, to refuse a second answer) and shown per team and for the
 * organisation only when enough people answered that nobody can be told apart (ADR 0016). Nothing outside reads it
 * but through its pages and API; appraisal and KPIs never depend on it.
 */
package dev.lodestar.pulse;
