package dev.lodestar.platform.history;

/**
 * What a change was made to.
 *
 * @param type the glossary word in capitals, e.g. {@code OBJECTIVE}, {@code KEY_RESULT}, {@code CHECK_IN}
 * @param objectiveId the objective whose history shows the change, if any
 */
public record HistorySubject(String type, long id, Long objectiveId) {
}
