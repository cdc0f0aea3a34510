package dev.lodestar.pulse;

import java.util.List;

/**
 * A team's or the organisation's pulse over cycles, oldest first.
 *
 * @param teamId the team; null for the organisation
 */
public record PulseResults(Long teamId, String teamName, List<PulseReading> cycles) {
}
