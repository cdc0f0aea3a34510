package dev.lodestar.kpis.web;

import java.util.List;

import dev.lodestar.kpis.HandoverState;
import dev.lodestar.platform.web.Shell;

/** Under a key result: the KPI it is maintained as, or for those allowed the way to hand it over once achieved. */
public record KeyResultKpiFragment(Shell shell, HandoverState state, String idempotencyKey, List<String> notices) {

	public long keyResultId() {
		return state.keyResult().view().keyResult().id();
	}
}
