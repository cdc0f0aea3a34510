package dev.lodestar.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.i18n.SupportedLocales;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/** Registers and changes people. Admins manage everyone; a person manages their own name, e-mail, language, password. */
@Service
public class PeopleManagement {

	private final PersonRepository people;

	private final PasswordEncoder passwords;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleManagement(PersonRepository people, PasswordEncoder passwords, InputValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.passwords = passwords;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Person register(Caller actor, NewPerson command) {
		actor.requireAdmin();
		return insert(actor.personId(), command);
	}

	/**
	 * The first admin of an installation, from the bootstrap settings or the setup page: allowed only
	 * while no admin exists.
	 */
	@Transactional
	public Optional<Person> registerFirstAdmin(String name, String email, String password) {
		if (people.anyAdmin()) {
			return Optional.empty();
		}
		Person admin = insert(null, new NewPerson(name, email, password, "en", true));
		return Optional.of(admin);
	}

	/**
	 * Names the organisation and creates its first admin, on a first start without bootstrap settings.
	 * Refused once an admin exists, so the setup page cannot be used to take over an installation.
	 */
	@Transactional
	public Person setUp(FirstStart command) {
		validator.check(command);
		if (people.anyAdmin()) {
			throw new RuleViolationException("already-set-up", "problem.already-set-up.detail");
		}
		Person admin = insert(null, new NewPerson(command.name(), command.email(), command.password(), "en", true));
		people.nameOrganisation(command.organisation().strip(), clock.instant());
		return admin;
	}

	/** The organisation's name, if the first start gave one. */
	@Transactional(readOnly = true)
	public Optional<String> organisationName() {
		return people.organisationName();
	}

	/** A person chooses the language of their pages and messages. */
	@Transactional
	public void chooseLanguage(Caller caller, String tag) {
		Person current = people.find(caller.personId()).orElseThrow(() -> new NotFoundException("person", caller.personId()));
		if (current.locale().equals(checkedLocale(tag))) {
			return;
		}
		Person revised = new Person(current.id(), current.name(), current.email(), tag, current.admin(), current.coach(),
				current.active(),
				current.version() + 1, current.createdAt(), clock.instant());
		if (!people.update(revised, null, current.version(), revised.updatedAt())) {
			throw new StaleVersionException("person", current.id());
		}
		events.publishEvent(new PersonChanged(current.id(), caller.personId(), revised.updatedAt(),
				Changes.between().field("locale", current.locale(), tag).list()));
	}

	@Transactional
	public Person revise(Caller actor, long id, PersonRevision command) {
		validator.check(command);
		Person current = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
		if (!actor.admin() && actor.personId() != id) {
			throw new ForbiddenException("problem.forbidden.people");
		}
		boolean coach = command.coach() == null ? current.coach() : command.coach();
		if (!actor.admin() && (command.admin() != current.admin() || command.active() != current.active()
				|| coach != current.coach())) {
			throw new ForbiddenException("problem.forbidden.admin-only");
		}
		String email = normalEmail(command.email());
		Person revised = new Person(id, command.name().trim(), email, checkedLocale(command.locale()), command.admin(),
				coach, command.active(), current.version() + 1, current.createdAt(), clock.instant());
		if (current.admin() && current.active() && !(revised.admin() && revised.active()) && !people.anyActiveAdminBut(id)) {
			throw new RuleViolationException("last-admin", "problem.last-admin.detail");
		}
		rejectTakenEmail(email, id);
		String hash = command.password() == null ? null : passwords.encode(command.password());
		if (!people.update(revised, hash, command.version(), revised.updatedAt())) {
			throw new StaleVersionException("person", id);
		}
		var changes = Changes.between()
			.field("name", current.name(), revised.name())
			.field("email", current.email(), revised.email())
			.field("locale", current.locale(), revised.locale())
			.field("admin", current.admin(), revised.admin())
			.field("coach", current.coach(), revised.coach())
			.field("active", current.active(), revised.active())
			.secret("password", hash != null);
		events.publishEvent(new PersonChanged(id, actor.personId(), revised.updatedAt(), changes.list()));
		return revised;
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(long id) {
		return people.find(id);
	}

	@Transactional(readOnly = true)
	public Page<Person> search(String text, PageQuery page) {
		return Page.of(people.search(text, page), page, people.count(text));
	}

	/** Which of these ids are active people: one query, for checking owners and viewers. */
	@Transactional(readOnly = true)
	public Set<Long> activeAmong(Collection<Long> ids) {
		return people.activeAmong(ids);
	}

	/** These people, by id, with their e-mail addresses (e.g. for an export): one query, however many. */
	@Transactional(readOnly = true)
	public Map<Long, Person> findAll(Collection<Long> ids) {
		return people.findAll(ids);
	}

	/** Names to show for person ids: one query, however many. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return people.namesOf(ids);
	}

	/** The OKR coaches, the organisation's alliance of believers: the active people an admin named. */
	@Transactional(readOnly = true)
	public List<Person> coaches() {
		return people.coaches();
	}

	@Transactional(readOnly = true)
	public boolean anyAdmin() {
		return people.anyAdmin();
	}

	private Person insert(Long actorId, NewPerson command) {
		validator.check(command);
		String locale = command.locale() == null ? "en" : checkedLocale(command.locale());
		return persist(actorId, command.name().trim(), normalEmail(command.email()), passwords.encode(command.password()), locale,
				Boolean.TRUE.equals(command.admin()));
	}

	/**
	 * Someone the company's provider vouched for becomes a person on their first sign-in, as their own actor in the
	 * history. They have no password: they sign in through the company, until an admin gives them one.
	 */
	Person joinThroughCompany(String name, String email, String locale) {
		return persist(null, name, normalEmail(email), null, locale, false);
	}

	private Person persist(Long actorId, String name, String email, String passwordHash, String locale, boolean admin) {
		rejectTakenEmail(email, null);
		Instant now = clock.instant();
		long id;
		try {
			id = people.insert(name, email, passwordHash, locale, admin, now);
		}
		catch (DuplicateKeyException concurrentTwin) {
			throw emailTaken();
		}
		Person person = new Person(id, name, email, locale, admin, false, true, 0, now, now);
		var changes = Changes.between()
			.field("name", null, person.name())
			.field("email", null, person.email())
			.field("locale", null, person.locale())
			.field("admin", null, person.admin());
		events.publishEvent(new PersonRegistered(id, actorId == null ? id : actorId, now, changes.list()));
		return person;
	}

	private void rejectTakenEmail(String email, Long ownId) {
		people.findByEmail(email).filter(other -> ownId == null || other.id() != ownId).ifPresent(other -> {
			throw emailTaken();
		});
	}

	private static RuleViolationException emailTaken() {
		return RuleViolationException.onField("email", "email-taken", "validation.email-taken");
	}

	private static String checkedLocale(String tag) {
		if (SupportedLocales.fromTag(tag).isEmpty()) {
			throw InvalidInputException.of("locale", "validation.one-of", String.join(", ", SupportedLocales.TAGS));
		}
		return tag;
	}

	static String normalEmail(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
