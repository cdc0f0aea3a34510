package dev.lodestar.cocreation.web;

/** A team a request may ask. */
public record TeamOption(long id, String name) {
}
