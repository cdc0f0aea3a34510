package dev.lodestar.objectives.web;

/** Who owns an objective, with the address of their page: a team's or a person's. */
public record OwnerLink(String name, String href) {
}
