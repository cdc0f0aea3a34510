/**
 * The team readiness check (issue 10): a short questionnaire a team's people answer anonymously about the three
 * conditions OKR needs — exploratory work, managers who authorise rather than control, self-driven people — and the
 * method's advice for where the team stands, kept per cycle so change shows. Answers are kept only as counts: no row
 * links a person to an answer (ADR 0015).
 */
package dev.lodestar.readiness;
