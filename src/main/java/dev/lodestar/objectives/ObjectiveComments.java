package dev.lodestar.objectives;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * The conversation under an objective: whoever may see the objective reads it and may add to it, in a closed
 * cycle too (talking about what happened is part of the method). To everyone else the thread does not exist.
 */
@Service
public class ObjectiveComments {

	private final CommentRepository comments;

	private final ObjectiveRepository objectives;

	private final InputValidator validator;

	private final Clock clock;

	ObjectiveComments(CommentRepository comments, ObjectiveRepository objectives, InputValidator validator, Clock clock) {
		this.comments = comments;
		this.objectives = objectives;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public Comment post(Caller author, long objectiveId, NewComment command) {
		requireVisible(author, objectiveId);
		validator.check(command);
		String text = command.text().strip();
		Instant now = clock.instant();
		long id = comments.insert(objectiveId, author.personId(), text, now);
		return new Comment(id, objectiveId, author.personId(), text, now);
	}

	/** Newest first, a page at a time. */
	@Transactional(readOnly = true)
	public Page<Comment> list(Caller caller, long objectiveId, PageQuery page) {
		requireVisible(caller, objectiveId);
		return Page.of(comments.newestFirst(objectiveId, page), page, comments.count(objectiveId));
	}

	/** The latest {@code limit} comments before {@code beforeId} (or the latest of all), oldest first: a thread to read. */
	@Transactional(readOnly = true)
	public CommentThread thread(Caller caller, long objectiveId, Long beforeId, int limit) {
		requireVisible(caller, objectiveId);
		List<Comment> newestFirst = new ArrayList<>(comments.before(objectiveId, beforeId, limit + 1));
		boolean earlierExist = newestFirst.size() > limit;
		List<Comment> shown = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
		Collections.reverse(shown);
		return new CommentThread(shown, earlierExist);
	}

	@Transactional(readOnly = true)
	public Optional<Comment> find(Caller caller, long objectiveId, long id) {
		return objectives.isVisible(caller, objectiveId) ? comments.find(objectiveId, id) : Optional.empty();
	}

	private void requireVisible(Caller caller, long objectiveId) {
		if (!objectives.isVisible(caller, objectiveId)) {
			throw new NotFoundException("objective", objectiveId);
		}
	}
}
