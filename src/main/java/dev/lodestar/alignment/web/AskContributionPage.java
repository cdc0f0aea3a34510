package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/**
 * Asking another team to contribute: which key result of the asking team it serves, which team is asked, and the
 * proposal: an objective, or a key result joining one of the asked team's {@code objectives}.
 */
public record AskContributionPage(Shell shell, String askingTeamName, ContributionForm form, FormMessages messages,
		List<Option> keyResults, List<Option> teams, List<Option> objectives) {
}
