package dev.lodestar.alignment.web;

/** What the ask form remembers of the request it made, to answer a repeated submit with the same page. */
public record Asked(long id) {
}
