package dev.lodestar.pulse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule of who may be shown (ADR 0016). A group — a team, or the organisation — is shown only when at least
 * {@value #THRESHOLD} of its people answered. And since the organisation's result is every answer, the organisation
 * minus the teams shown is a group too: if it holds fewer than {@value #THRESHOLD} answers but more than none, its
 * answers could be read off by subtraction, so the smallest teams shown are held back until it holds none or enough.
 */
final class PulseDisclosure {

	static final int THRESHOLD = 5;

	private PulseDisclosure() {
	}

	/**
	 * @param answersByTeam how many answered in each team (people in no team are only in the total)
	 * @param total how many answered in the organisation
	 */
	static Outcome of(Map<Long, Integer> answersByTeam, int total) {
		if (total < THRESHOLD) {
			return new Outcome(false, Set.of());
		}
		List<Map.Entry<Long, Integer>> shown = new ArrayList<>(answersByTeam.entrySet()
			.stream()
			.filter(team -> team.getValue() >= THRESHOLD)
			.sorted(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue).reversed()
				.thenComparing(Map.Entry::getKey))
			.toList());
		int rest = total - shown.stream().mapToInt(Map.Entry::getValue).sum();
		while (!shown.isEmpty() && rest > 0 && rest < THRESHOLD) {
			rest += shown.remove(shown.size() - 1).getValue();
		}
		Set<Long> teams = new HashSet<>();
		shown.forEach(team -> teams.add(team.getKey()));
		return new Outcome(true, Set.copyOf(teams));
	}

	/** Whether the organisation is shown, and which teams. */
	record Outcome(boolean organisationShown, Set<Long> teamsShown) {

		Disclosure ofTeam(long teamId, int answers) {
			if (teamsShown.contains(teamId)) {
				return Disclosure.SHOWN;
			}
			return answers < THRESHOLD ? Disclosure.NOT_ENOUGH_ANSWERS : Disclosure.WITHHELD;
		}

		Disclosure ofOrganisation() {
			return organisationShown ? Disclosure.SHOWN : Disclosure.NOT_ENOUGH_ANSWERS;
		}
	}
}
