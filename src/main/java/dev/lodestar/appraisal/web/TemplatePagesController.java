package dev.lodestar.appraisal.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.appraisal.AppraisalTemplate;
import dev.lodestar.appraisal.AppraisalTemplates;
import dev.lodestar.appraisal.TemplateItem;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Admins define and change the templates of weighted KPIs. */
@Controller
class TemplatePagesController {

	private final AppraisalTemplates templates;

	private final KpiManagement kpis;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final IdempotentRequests idempotent;

	TemplatePagesController(AppraisalTemplates templates, KpiManagement kpis, PeopleManagement people, TeamManagement teams,
			IdempotentRequests idempotent) {
		this.templates = templates;
		this.kpis = kpis;
		this.people = people;
		this.teams = teams;
		this.idempotent = idempotent;
	}

	@GetMapping("/appraisal/templates")
	String showTemplates(Shell shell, Model model) {
		shell.caller().requireAdmin();
		List<AppraisalTemplate> all = templates.all();
		Set<Long> kpiIds = new HashSet<>();
		Set<Long> personIds = new HashSet<>();
		Set<Long> teamIds = new HashSet<>();
		for (AppraisalTemplate template : all) {
			template.items().stream().map(TemplateItem::kpiId).forEach(kpiIds::add);
			if (template.personId() != null) {
				personIds.add(template.personId());
			}
			if (template.teamId() != null) {
				teamIds.add(template.teamId());
			}
		}
		var kpiNames = new java.util.HashMap<Long, String>();
		kpis.findAll(kpiIds).forEach((id, kpi) -> kpiNames.put(id, kpi.name()));
		model.addAttribute("page", new TemplatesPage(shell, all, kpiNames, people.namesOf(personIds), teams.namesOf(teamIds)));
		return "appraisal/templates-page";
	}

	@GetMapping("/appraisal/templates/new")
	String showNewTemplate(Shell shell, Model model) {
		shell.caller().requireAdmin();
		model.addAttribute("page", formPage(shell, null, TemplateForm.empty(), FormErrors.none(), false));
		return "appraisal/template-form-page";
	}

	@PostMapping("/appraisal/templates")
	String defineTemplate(Shell shell, @ModelAttribute TemplateForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			var command = form.toNewTemplate();
			AppraisalTemplate template = idempotent.once(shell.caller(), form.idempotencyKey(),
					"POST " + request.getRequestURI(), command, AppraisalTemplate.class,
					() -> templates.define(shell.caller(), command));
			return "redirect:/appraisal/templates/" + template.id() + "?saved";
		}
		catch (Problem refused) {
			return refused(shell, null, form, refused, model, response);
		}
	}

	@GetMapping("/appraisal/templates/{id}")
	String showTemplate(Shell shell, @PathVariable long id, @RequestParam(required = false) String saved, Model model) {
		shell.caller().requireAdmin();
		model.addAttribute("page", formPage(shell, id, TemplateForm.of(templates.find(id)), FormErrors.none(), saved != null));
		return "appraisal/template-form-page";
	}

	@PostMapping("/appraisal/templates/{id}")
	String reviseTemplate(Shell shell, @PathVariable long id, @ModelAttribute TemplateForm form, Model model,
			HttpServletResponse response) {
		try {
			templates.revise(shell.caller(), id, form.toRevision());
			return "redirect:/appraisal/templates/" + id + "?saved";
		}
		catch (Problem refused) {
			return refused(shell, id, form, refused, model, response);
		}
	}

	private String refused(Shell shell, Long id, TemplateForm form, Problem refused, Model model,
			HttpServletResponse response) {
		if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
			throw refused;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", formPage(shell, id, form, FormErrors.of(refused, shell.t()), false));
		return "appraisal/template-form-page";
	}

	/**
	 * The form with its choices: the {@link PageQuery#MAX_SIZE} latest KPIs and the first people by name, and always
	 * whatever the form has chosen already, so that a template keeps a KPI or person beyond those when saved here.
	 */
	private TemplateFormPage formPage(Shell shell, Long id, TemplateForm form, FormErrors errors, boolean saved) {
		var first = new PageQuery(0, PageQuery.MAX_SIZE);
		var listedKpis = kpis.latest(first);
		Map<Long, String> kpiNames = new LinkedHashMap<>();
		listedKpis.items().forEach(kpi -> kpiNames.put(kpi.id(), kpi.name()));
		kpis.findAll(idsOf(form.kpiId())).values().forEach(kpi -> kpiNames.putIfAbsent(kpi.id(), kpi.name()));
		var listedPeople = people.search("", first);
		Map<Long, String> personNames = new LinkedHashMap<>();
		listedPeople.items().forEach(person -> personNames.put(person.id(), person.name()));
		people.findAll(idsOf(List.of(form.personId()))).values()
			.forEach(person -> personNames.putIfAbsent(person.id(), person.name()));
		List<Choice> teamChoices = teams.places().stream()
			.sorted(Comparator.comparing(place -> place.name().toLowerCase()))
			.map(place -> new Choice(String.valueOf(place.id()), place.name()))
			.toList();
		boolean cut = listedKpis.totalItems() > listedKpis.items().size()
				|| listedPeople.totalItems() > listedPeople.items().size();
		return new TemplateFormPage(shell, id, form, errors, saved, choices(kpiNames), choices(personNames), teamChoices,
				cut ? PageQuery.MAX_SIZE : null);
	}

	/** The choices by name, whatever order they were found in. */
	private static List<Choice> choices(Map<Long, String> names) {
		return names.entrySet().stream()
			.sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
			.map(entry -> new Choice(String.valueOf(entry.getKey()), entry.getValue()))
			.toList();
	}

	/** The ids among the form's values; blanks and anything else are left to the template's own checks. */
	private static Set<Long> idsOf(List<String> values) {
		return values.stream()
			.filter(value -> value != null && value.strip().matches("\\d{1,18}"))
			.map(value -> Long.valueOf(value.strip()))
			.collect(Collectors.toSet());
	}
}
