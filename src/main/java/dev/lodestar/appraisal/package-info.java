/**
 * Appraisal: periods, templates of weighted KPIs for a person or a team role, results (the weighted KPI attainment
 * of a period plus the manager's written assessment) and their export. It reads KPIs only through
 * {@code KpiManagement} and people through {@code people}'s entry points.
 * <p>
 * OKR scores are never used here: this module must not depend on {@code dev.lodestar.scoring..} nor read a score
 * table, and there is deliberately no setting that would bring scores in ({@code ScoreFirewallTests} fails the build
 * otherwise). Scores tied to appraisal make people sandbag — conservative targets, OKRs that are KPIs in disguise — so
 * the firewall is built into the code, and the policy page {@code /appraisal/policy} says why.
 */
package dev.lodestar.appraisal;
