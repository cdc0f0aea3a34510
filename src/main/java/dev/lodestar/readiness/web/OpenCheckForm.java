package dev.lodestar.readiness.web;

import java.util.UUID;

import dev.lodestar.platform.web.FormNumbers;
import dev.lodestar.readiness.NewReadinessCheck;

/** Opening a check as the form sends it: the cycle's id, and a key so a resent form opens it once. */
public record OpenCheckForm(String cycleId, String idempotencyKey) {

	static OpenCheckForm blank(Long cycleId) {
		return new OpenCheckForm(cycleId == null ? "" : cycleId.toString(), UUID.randomUUID().toString());
	}

	NewReadinessCheck toCommand() {
		Integer whole = FormNumbers.whole(cycleId);
		return new NewReadinessCheck(whole == null ? null : whole.longValue());
	}

	public boolean chose(long id) {
		return String.valueOf(id).equals(cycleId);
	}
}
