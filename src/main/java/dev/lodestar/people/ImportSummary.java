package dev.lodestar.people;

/** How much an import brings in: new people, new teams, and the memberships it adds to new and existing teams. */
public record ImportSummary(int people, int teams, int memberships) {
}
