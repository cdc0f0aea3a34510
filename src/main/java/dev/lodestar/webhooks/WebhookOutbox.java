package dev.lodestar.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.checkins.CheckInRecorded;
import dev.lodestar.objectives.KeyResultAdded;
import dev.lodestar.objectives.KeyResultChanged;
import dev.lodestar.objectives.ObjectiveChanged;
import dev.lodestar.objectives.ObjectiveCreated;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.scoring.ScoreRecorded;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a delivery for each webhook that may hear of a change, in the change's own transaction: a change that rolls
 * back posts nothing, and one that commits is posted even if the instance stops right after (ADR 0011). Who hears
 * what: the organisation's webhooks, about public objectives that are not drafts and their key results that are not
 * drafts either; a person's own, while the person is active, about objectives and key results they own — and only those
 * hear that a key result was scored. Without any webhook a change costs one short query.
 */
@Component
class WebhookOutbox {

	private final WebhookRepository webhooks;

	private final ObjectiveFacts objectives;

	private final JsonMapper json;

	private final Clock clock;

	private final PeopleManagement people;

	WebhookOutbox(WebhookRepository webhooks, ObjectiveFacts objectives, JsonMapper json, Clock clock,
			PeopleManagement people) {
		this.people = people;
		this.webhooks = webhooks;
		this.objectives = objectives;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void on(ObjectiveCreated created) {
		changed(WebhookEvent.OBJECTIVE_CREATED, created.objectiveId(), null, created.at(),
				data("objectiveId", created.objectiveId(), "actorId", created.actorId(), "changes", changes(created.changes())));
	}

	@EventListener
	void on(ObjectiveChanged changed) {
		changed(WebhookEvent.OBJECTIVE_CHANGED, changed.objectiveId(), null, changed.at(),
				data("objectiveId", changed.objectiveId(), "actorId", changed.actorId(), "changes", changes(changed.changes())));
	}

	@EventListener
	void on(KeyResultAdded added) {
		changed(WebhookEvent.KEY_RESULT_CREATED, added.objectiveId(), added.keyResultId(), added.at(),
				data("objectiveId", added.objectiveId(), "keyResultId", added.keyResultId(), "actorId", added.actorId(),
						"changes", changes(added.changes())));
	}

	@EventListener
	void on(KeyResultChanged changed) {
		changed(WebhookEvent.KEY_RESULT_CHANGED, changed.objectiveId(), changed.keyResultId(), changed.at(),
				data("objectiveId", changed.objectiveId(), "keyResultId", changed.keyResultId(), "actorId", changed.actorId(),
						"changes", changes(changed.changes())));
	}

	@EventListener
	void on(CheckInRecorded recorded) {
		changed(WebhookEvent.CHECK_IN_RECORDED, recorded.objectiveId(), recorded.keyResultId(), recorded.at(),
				data("objectiveId", recorded.objectiveId(), "keyResultId", recorded.keyResultId(), "checkInId",
						recorded.checkInId(), "actorId", recorded.actorId(), "changes", changes(recorded.changes())));
	}

	/** That a key result was scored and whether finally; the score itself is read through the API by its owner. */
	@EventListener
	void on(ScoreRecorded recorded) {
		changed(WebhookEvent.SCORE_RECORDED, recorded.objectiveId(), recorded.keyResultId(), recorded.at(),
				data("objectiveId", recorded.objectiveId(), "keyResultId", recorded.keyResultId(), "scoreId", recorded.scoreId(),
						"cycleId", recorded.cycleId(), "authorId", recorded.authorId(), "final", recorded.finalScore()));
	}

	private void changed(WebhookEvent event, long objectiveId, Long keyResultId, Instant at, Map<String, Object> data) {
		List<WebhookRepository.Listener> listening = listening(event);
		if (listening.isEmpty()) {
			return;
		}
		var audience = objectives.audienceOf(objectiveId, keyResultId).orElse(null);
		if (audience == null) {
			return;
		}
		String eventId = UUID.randomUUID().toString();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId);
		body.put("type", event.type());
		body.put("occurredAt", at.toString());
		body.put("data", data);
		String payload = json.writeValueAsString(body);
		Instant now = clock.instant();
		for (var listener : listening) {
			if (hears(listener, event, audience)) {
				webhooks.enqueue(listener.id(), eventId, event, payload, now);
			}
		}
	}

	/** The active webhooks that listen for {@code event}, but those of people no longer active: one more query at most. */
	private List<WebhookRepository.Listener> listening(WebhookEvent event) {
		List<WebhookRepository.Listener> listening = webhooks.listeners().stream()
			.filter(listener -> listener.events().contains(event))
			.toList();
		List<Long> owners = listening.stream().map(WebhookRepository.Listener::ownerPersonId).filter(Objects::nonNull).toList();
		if (owners.isEmpty()) {
			return listening;
		}
		Set<Long> active = people.activeAmong(owners);
		return listening.stream()
			.filter(listener -> listener.ownerPersonId() == null || active.contains(listener.ownerPersonId()))
			.toList();
	}

	private static boolean hears(WebhookRepository.Listener listener, WebhookEvent event, ObjectiveFacts.Audience audience) {
		if (listener.ownerPersonId() == null) {
			return event != WebhookEvent.SCORE_RECORDED && audience.visibility() == Visibility.PUBLIC && !audience.draft();
		}
		long owner = listener.ownerPersonId();
		boolean ownsKeyResult = audience.keyResultOwnerId() != null && audience.keyResultOwnerId() == owner;
		if (event == WebhookEvent.SCORE_RECORDED) {
			return ownsKeyResult;
		}
		return ownsKeyResult || audience.owner().personId() != null && audience.owner().personId() == owner;
	}

	private static List<Map<String, Object>> changes(List<FieldChange> changes) {
		return changes.stream().map(change -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("field", change.field());
			one.put("before", change.before());
			one.put("after", change.after());
			return one;
		}).toList();
	}

	private static Map<String, Object> data(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			data.put((String) pairs[i], pairs[i + 1]);
		}
		return data;
	}
}
