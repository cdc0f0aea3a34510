package dev.lodestar.checkins.web;

import dev.lodestar.checkins.CheckIn;

/** One check-in as a row of the history table: the reading with its author's name. */
public record CheckInLine(CheckIn checkIn, String authorName) {
}
