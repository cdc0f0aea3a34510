/** People, the team tree and its memberships, and the personal-access tokens people call the API with. */
package dev.lodestar.people;
