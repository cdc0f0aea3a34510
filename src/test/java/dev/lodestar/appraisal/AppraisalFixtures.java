package dev.lodestar.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;

import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.NewKpi;
import dev.lodestar.kpis.NewMeasurement;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds what appraisal tests need through the entry points, not the API: KPIs through the KPI core (its API is
 * another module's), periods and templates through appraisal's services, so that no fixture depends on which token
 * scope reaches which API. The behaviours under test call the API themselves.
 */
final class AppraisalFixtures {

	/** The period most tests appraise: the first quarter of 2026. */
	static final String STARTS_ON = "2026-01-01";

	static final String ENDS_ON = "2026-03-31";

	private final Api api;

	private final KpiManagement kpis;

	private final AppraisalPeriods periods;

	private final AppraisalTemplates templates;

	/** Takes the entry points from the application under test, so each test needs only its context. */
	AppraisalFixtures(Api api, BeanFactory beans) {
		this.api = api;
		this.kpis = beans.getBean(KpiManagement.class);
		this.periods = beans.getBean(AppraisalPeriods.class);
		this.templates = beans.getBean(AppraisalTemplates.class);
	}

	KpiManagement kpis() {
		return kpis;
	}

	Caller adminCaller() {
		return new Caller(api.admin().personId(), "", true, Locale.ENGLISH, Set.of());
	}

	/** A KPI where higher is better, owned by the admin. */
	long kpi(String name, String target) {
		return kpis.define(adminCaller(), new NewKpi(Api.unique(name), "u", null, api.admin().personId(),
				KpiDirection.HIGHER_IS_BETTER, new BigDecimal(target), new BigDecimal(target), BigDecimal.ZERO,
				KpiFrequency.MONTHLY, null)).id();
	}

	/** Measures a KPI on a day; days of one KPI must come in order. */
	void measure(long kpiId, String day, String value) {
		kpis.measure(adminCaller(), kpiId, new NewMeasurement(LocalDate.parse(day), new BigDecimal(value), null, null));
	}

	/** Restates a KPI's value on a day already measured, as its steward may. */
	void correct(long kpiId, String day, String value) {
		kpis.measure(adminCaller(), kpiId, new NewMeasurement(LocalDate.parse(day), new BigDecimal(value), true, null));
	}

	long period() {
		return periods.define(adminCaller(),
				new NewPeriod(Api.unique("H1"), LocalDate.parse(STARTS_ON), LocalDate.parse(ENDS_ON))).id();
	}

	long template(String appliesTo, Long personId, Long teamId, Object... kpiAndWeight) {
		List<TemplateItem> items = new java.util.ArrayList<>();
		for (int i = 0; i < kpiAndWeight.length; i += 2) {
			items.add(new TemplateItem(((Number) kpiAndWeight[i]).longValue(), ((Number) kpiAndWeight[i + 1]).intValue()));
		}
		return templates.define(adminCaller(),
				new NewTemplate(Api.unique("Template"), AppliesTo.valueOf(appliesTo), personId, teamId, items)).id();
	}

	static Map<String, Object> body(String name, String appliesTo, Long personId, Long teamId, Object... kpiAndWeight) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("appliesTo", appliesTo);
		body.put("personId", personId);
		body.put("teamId", teamId);
		List<Map<String, Object>> items = new java.util.ArrayList<>();
		for (int i = 0; i < kpiAndWeight.length; i += 2) {
			items.add(Map.of("kpiId", kpiAndWeight[i], "weight", kpiAndWeight[i + 1]));
		}
		body.put("items", items);
		return body;
	}

	/** Someone whose name is Chinese, for the exports. */
	Api.Session chinesePerson(String name) {
		String email = Api.unique("zh").toLowerCase() + "@lodestar.test";
		var created = api.post("/api/v1/people", api.admin(),
				Map.of("name", name, "email", email, "password", "password-1", "locale", "zh-CN", "admin", false));
		assertThat(created).hasStatus(201);
		return api.signIn(email, "password-1");
	}
}
