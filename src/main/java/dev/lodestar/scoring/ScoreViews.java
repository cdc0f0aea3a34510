package dev.lodestar.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * The score-view log: when scoring shows someone the scores of another person's objective, that person can later
 * see who looked, and on which day. Scores are for learning, not for judging people; a person whose scores are read
 * should know by whom. Team objectives belong to everyone on the team, and one's own scores are one's own, so
 * neither is recorded.
 */
@Service
public class ScoreViews {

	private final ScoreViewRepository views;

	private final PeopleManagement people;

	private final Clock clock;

	private final ZoneId zone;

	ScoreViews(ScoreViewRepository views, PeopleManagement people, @Value("${lodestar.time-zone:}") String zone,
			Clock clock) {
		this.views = views;
		this.people = people;
		this.clock = clock;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	/**
	 * Records that the viewer was shown the scores of objectives with these owners. Exactly one statement, even
	 * when every objective is the viewer's own or a team's and it inserts nothing: a request's statement count
	 * then never depends on whose objectives it showed. Runs in the caller's transaction, which must not be
	 * read-only.
	 */
	void shown(Caller viewer, Collection<Owner> owners) {
		var others = owners.stream()
			.map(Owner::personId)
			.filter(Objects::nonNull)
			.filter(owner -> owner != viewer.personId())
			.collect(Collectors.toCollection(TreeSet::new));
		var now = clock.instant();
		views.recordOnce(viewer.personId(), others, LocalDate.ofInstant(now, zone), now);
	}

	/** Who viewed the caller's scores, newest first. Only ever the caller's own log: nobody reads another's, admins neither. */
	@Transactional(readOnly = true)
	public Page<ScoreView> ofMe(Caller caller, PageQuery query) {
		List<ScoreViewRepository.Row> rows = views.ofOwner(caller.personId(), query);
		var names = people.namesOf(rows.stream().map(ScoreViewRepository.Row::viewerId).distinct().toList());
		var items = rows.stream()
			.map(row -> new ScoreView(row.viewerId(), names.get(row.viewerId()), row.viewedOn(), row.firstViewedAt()))
			.toList();
		return Page.of(items, query, views.countOfOwner(caller.personId()));
	}
}
