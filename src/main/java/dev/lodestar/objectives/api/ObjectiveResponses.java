package dev.lodestar.objectives.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Reading;

/** Shapes views as JSON, with hints explained in the caller's language. */
@Component
class ObjectiveResponses {

	private final MessageSource messages;

	/** Hints explained once per language: an overview carries the same few explanations a thousand times. */
	private final Map<Locale, Map<Hint, HintResponse>> explained = new ConcurrentHashMap<>();

	ObjectiveResponses(MessageSource messages) {
		this.messages = messages;
	}

	ObjectiveResponse of(ObjectiveView view, Locale locale) {
		var objective = view.objective();
		return new ObjectiveResponse(objective.id(), objective.cycleId(), objective.owner().teamId(),
				objective.owner().personId(), objective.title(), objective.description(), objective.visibility(),
				objective.viewerIds(), objective.draft(), objective.createdBy(), objective.version(), objective.createdAt(),
				objective.updatedAt(), view.progress(), hints(view.hints(), locale),
				view.keyResults().stream().map(keyResult -> of(keyResult, locale)).toList());
	}

	KeyResultResponse of(KeyResultView view, Locale locale) {
		KeyResult keyResult = view.keyResult();
		Reading latest = view.latest();
		boolean milestone = keyResult.kind() == KeyResultKind.MILESTONE;
		BigDecimal current = latest != null ? latest.value() : milestone ? null : keyResult.start();
		return new KeyResultResponse(keyResult.id(), keyResult.objectiveId(), keyResult.position(), keyResult.title(),
				keyResult.kind(), keyResult.start(), keyResult.target(), keyResult.unit(), keyResult.ownerPersonId(),
				keyResult.draft(), keyResult.version(), milestone ? null : current, milestone ? latest != null && latest.value().signum() > 0 : null,
				latest == null ? null : latest.confidence(), view.progress(), latest, hints(view.hints(), locale));
	}

	private List<HintResponse> hints(List<Hint> hints, Locale locale) {
		if (hints.isEmpty()) {
			return List.of();
		}
		Map<Hint, HintResponse> inLanguage = explained.computeIfAbsent(locale, language -> new ConcurrentHashMap<>());
		List<HintResponse> responses = new ArrayList<>(hints.size());
		for (Hint hint : hints) {
			responses.add(inLanguage.computeIfAbsent(hint,
					unexplained -> new HintResponse(unexplained.name(), messages.getMessage(unexplained.messageKey(), null, locale))));
		}
		return responses;
	}
}
