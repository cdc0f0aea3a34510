package dev.lodestar.objectives.web;

/** What a form remembers of something it created, to answer a repeated submit with the same place. */
public record Created(long id) {
}
