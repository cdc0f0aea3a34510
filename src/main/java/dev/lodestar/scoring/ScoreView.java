package dev.lodestar.scoring;

import java.time.Instant;
import java.time.LocalDate;

/** Someone viewed the scores of one or more of my objectives on this day, first at this moment. */
public record ScoreView(long viewerId, String viewerName, LocalDate viewedOn, Instant firstViewedAt) {
}
