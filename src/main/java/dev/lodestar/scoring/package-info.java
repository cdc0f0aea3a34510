/**
 * Scores, the weekly review and peer feedback on scores: the 0–1 judgements that help people learn. This module
 * is the firewall's inside: no other module reads a score (an architecture test holds it), so nothing can carry
 * one into appraisal or pay.
 */
package dev.lodestar.scoring;
