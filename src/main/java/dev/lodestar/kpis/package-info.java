/**
 * KPIs for execution work: targets, thresholds, measurements and health, shown beside OKRs for context. This module
 * never depends on {@code scoring} and never reads score data (see {@code ScoreFirewallTests}): appraisal, which uses
 * KPIs, must not see OKR scores.
 */
package dev.lodestar.kpis;
