package dev.lodestar.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultFact;

/** The addresses notifications lead to, absolute, from {@code lodestar.base-url}. */
@Component
class NotificationLinks {

	private final String baseUrl;

	NotificationLinks(@Value("${lodestar.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Where a key result's check-in opens: its objective's page, with the check-in form of that key result open. */
	String checkIn(KeyResultFact keyResult) {
		return baseUrl + "/objectives/" + keyResult.objectiveId() + "?check-in=" + keyResult.id() + "#kr-" + keyResult.id();
	}

	String objective(long objectiveId) {
		return baseUrl + "/objectives/" + objectiveId;
	}

	String team(long teamId) {
		return baseUrl + "/teams/" + teamId;
	}

	String settings() {
		return baseUrl + "/settings/notifications";
	}

	String path(String path) {
		return baseUrl + path;
	}
}
