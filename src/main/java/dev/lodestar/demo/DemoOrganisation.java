package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;

import dev.lodestar.demo.DemoRoster.DemoPerson;
import dev.lodestar.demo.DemoRoster.DemoTeam;
import dev.lodestar.people.NewPerson;
import dev.lodestar.people.NewTeam;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

/** Registers the demo company's people, its admin first, and forms its departments and teams. */
@Component
class DemoOrganisation {

	static final String ADMIN_EMAIL = "admin" + DemoRoster.DOMAIN;

	/** Shared by every demo person and printed in the log: the demo is for trying Lodestar out, never for real data. */
	static final String PASSWORD = "lodestar-demo";

	private final PeopleManagement people;

	private final TeamManagement teams;

	DemoOrganisation(PeopleManagement people, TeamManagement teams) {
		this.people = people;
		this.teams = teams;
	}

	DemoCast register() {
		Person admin = registerAdmin();
		Caller asAdmin = new Caller(admin.id(), admin.name(), true, Locale.ENGLISH, Set.of());
		Map<String, Person> everyone = registerEveryone(asAdmin);
		Map<String, Long> teamIds = new HashMap<>();
		List<DemoTeam> all = new ArrayList<>(DemoRoster.DEPARTMENTS);
		all.addAll(DemoRoster.TEAMS);
		for (DemoTeam team : all) {
			Long parentId = team.parentKey() == null ? null : teamIds.get(team.parentKey());
			teamIds.put(team.key(), teams.form(asAdmin, new NewTeam(team.name(), parentId, idsOf(team.leads(), everyone),
					idsOf(team.members(), everyone))).id());
		}
		everyone.put("admin", admin);
		return new DemoCast(asAdmin, everyone, teamIds, DemoCast.rostersOf(all));
	}

	/**
	 * The demo admin is the installation's first admin, unless a bootstrap admin came first: then that admin
	 * registers the demo admin, so the history names a real person for it.
	 */
	private Person registerAdmin() {
		return people.registerFirstAdmin("Demo Admin", ADMIN_EMAIL, PASSWORD)
			.orElseGet(() -> people.register(existingAdmin(), new NewPerson("Demo Admin", ADMIN_EMAIL, PASSWORD, "en", true)));
	}

	private Caller existingAdmin() {
		for (int page = 0;; page++) {
			var found = people.search(null, new PageQuery(page, PageQuery.MAX_SIZE));
			var admin = found.items().stream().filter(Person::admin).findFirst();
			if (admin.isPresent()) {
				return new Caller(admin.get().id(), admin.get().name(), true, Locale.ENGLISH, Set.of());
			}
			if (page + 1 >= found.totalPages()) {
				throw new IllegalStateException("An admin exists but could not be found to register the demo admin");
			}
		}
	}

	/**
	 * Hashing the passwords (bcrypt) is most of the loading time, so people are registered on every core, each
	 * in their own transaction; nothing else in the demo depends on the order in which they get their ids.
	 */
	private Map<String, Person> registerEveryone(Caller admin) {
		ExecutorService workers = Executors.newFixedThreadPool(Math.min(4, Runtime.getRuntime().availableProcessors()));
		try {
			Map<String, Future<Person>> pending = new LinkedHashMap<>();
			for (DemoPerson person : DemoRoster.PEOPLE) {
				pending.put(person.key(), workers.submit(() -> people.register(admin,
						new NewPerson(person.name(), person.email(), PASSWORD, person.locale(), false))));
			}
			Map<String, Person> registered = new HashMap<>();
			for (var entry : pending.entrySet()) {
				registered.put(entry.getKey(), entry.getValue().get());
			}
			return registered;
		}
		catch (ExecutionException failed) {
			throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while registering the demo people", interrupted);
		}
		finally {
			workers.shutdownNow();
		}
	}

	private static List<Long> idsOf(List<String> keys, Map<String, Person> everyone) {
		return keys.stream().map(key -> everyone.get(key).id()).toList();
	}
}
