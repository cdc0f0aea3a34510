package dev.lodestar.people;

/** Where a team sits in the tree: its name and its parent, without its people. */
public record TeamPlace(long id, String name, Long parentId) {
}
