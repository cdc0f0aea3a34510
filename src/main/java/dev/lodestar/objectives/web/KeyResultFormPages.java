package dev.lodestar.objectives.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Builds the key result forms: who may own it, the cap when the objective is full, a conflict to explain. */
@Component
class KeyResultFormPages {

	private final KeyResultOwnerChoices owners;

	private final KeyResultChecks checks;

	private final PeopleManagement people;

	KeyResultFormPages(KeyResultOwnerChoices owners, KeyResultChecks checks, PeopleManagement people) {
		this.owners = owners;
		this.checks = checks;
		this.people = people;
	}

	NewKeyResultPage newPage(Shell shell, ObjectiveView objective, KeyResultForm form, FormErrors errors) {
		return new NewKeyResultPage(shell, objective, form, errors,
				owners.owners(shell, objective, FormValues.whole(form.owner())), checks.capNotice(shell, objective));
	}

	/** {@code current} is what someone else saved meanwhile, to show beside what was typed; absent otherwise. */
	EditKeyResultPage editPage(Shell shell, ObjectiveView objective, KeyResult keyResult, KeyResultForm form,
			FormErrors errors, KeyResult current) {
		String currentOwnerName = current == null ? null
				: people.namesOf(List.of(current.ownerPersonId())).get(current.ownerPersonId());
		return new EditKeyResultPage(shell, objective, keyResult, form, errors,
				owners.owners(shell, objective, FormValues.whole(form.owner())), current, currentOwnerName);
	}
}
