package dev.lodestar.showcase;

import java.util.List;

import dev.lodestar.platform.web.Page;

/**
 * One page of the showcase's examples, with what can narrow it: the themes, cycles and teams the accepted examples
 * have, as id and name pairs for cycles and teams.
 */
public record Showcase(Page<ShowcaseExample> examples, List<String> themes, List<Choice> cycles, List<Choice> teams) {

	public record Choice(long id, String name) {
	}
}
