package dev.lodestar.kpis;

/** The draft objective a KPI in critical health started, and the cycle it is in. */
public record RecoveryStarted(long kpiId, long objectiveId, long cycleId, String title) {
}
