package dev.lodestar.checkins;

import java.time.Instant;

/**
 * An integration's check-in (a CHECKINS_WRITE token's) was refused by the check-in rules, with the HTTP status its
 * refusal answers. Published before the refusal rolls the transaction back: a listener that keeps it does so after the
 * rollback, in a transaction of its own.
 */
public record IntegrationCheckInRefused(long keyResultId, long personId, Instant at, int status) {
}
