/**
 * Fixtures for {@code ScoreFirewallTests}: code that breaks the firewall on purpose, so the firewall's checks can show
 * that they catch it. Nothing here runs; it lives in the test sources only, and the production checks
 * ({@code ModularityTests}, {@code ArchitectureRulesTests}, the firewall's own) import main classes alone.
 */
package dev.lodestar.firewallfixture;
