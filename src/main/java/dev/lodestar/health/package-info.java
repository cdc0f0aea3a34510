/**
 * OKR health: signals that show, with evidence, whether a team's and the organisation's OKRs are used as OKRs or are
 * sliding into KPIs — ambition, form, autonomy, alignment, transparency and follow-up — per cycle and over cycles
 * (ADR 0009). The module owns the signals and their thresholds, never the facts: those come from the modules that
 * hold them, through their entry points.
 */
package dev.lodestar.health;
