package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ReviewsOfTeam;

/** A team's weekly reviews: this week's, or for a lead the button that opens it, and the latest ones. */
public record ReviewTeamPage(Shell shell, ReviewsOfTeam reviews, FormErrors errors) {
}
