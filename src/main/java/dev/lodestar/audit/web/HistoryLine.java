package dev.lodestar.audit.web;

import java.time.Instant;
import java.util.List;

/** One entry of an objective's history in the reader's words: who did what, when, and which fields changed how. */
public record HistoryLine(long id, String summary, Instant at, List<ChangeLine> changes) {
}
