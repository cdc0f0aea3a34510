package dev.lodestar.notifications;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.platform.web.PageQuery;

/** The cycles people check in on: the active ones, page after page (rarely more than one). */
@Component
class ActiveCycles {

	private final CycleManagement cycles;

	ActiveCycles(CycleManagement cycles) {
		this.cycles = cycles;
	}

	List<Long> ids() {
		List<Long> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			var batch = cycles.list(CycleState.ACTIVE, new PageQuery(page, PageQuery.MAX_SIZE));
			batch.items().stream().map(Cycle::id).forEach(ids::add);
			if (batch.items().size() < PageQuery.MAX_SIZE) {
				return ids;
			}
		}
	}
}
