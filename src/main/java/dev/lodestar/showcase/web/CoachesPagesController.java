package dev.lodestar.showcase.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.CoachingManagement;
import dev.lodestar.showcase.NewCoachingRequest;
import dev.lodestar.showcase.ShowcaseManagement;

/** The coaches' pages: the alliance, the teams that asked for help, and the parts the home and team pages load. */
@Controller
class CoachesPagesController {

	private final PeopleManagement people;

	private final CoachingManagement coaching;

	private final ShowcaseManagement showcase;

	CoachesPagesController(PeopleManagement people, CoachingManagement coaching, ShowcaseManagement showcase) {
		this.people = people;
		this.coaching = coaching;
		this.showcase = showcase;
	}

	@GetMapping("/coaches")
	String showCoaches(Shell shell, Model model) {
		model.addAttribute("page", new CoachesPage(shell, people.coaches()));
		return "showcase/coaches-page";
	}

	@GetMapping("/coaching-requests")
	String showRequests(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new CoachingRequestsPage(shell, coaching.open(shell.caller()),
				done == null ? null : "coaching.requests.handled"));
		return "showcase/coaching-requests-page";
	}

	@PostMapping("/coaching-requests/{id}/handled")
	String handle(Shell shell, @PathVariable long id) {
		coaching.handle(shell.caller(), id);
		return "redirect:/coaching-requests?done=handled";
	}

	@GetMapping("/home/showcase-link")
	String showHomePart(Shell shell, Model model) {
		boolean coach = shell.caller().coach();
		model.addAttribute("page", new ShowcaseHomePart(shell, coach ? showcase.countNominations(shell.caller()) : 0,
				shell.caller().readsAllHealth() ? coaching.countOpen(shell.caller()) : 0));
		return "showcase/home-part";
	}

	@GetMapping("/teams/{teamId}/coaching")
	String showTeamPart(Shell shell, @PathVariable long teamId, Model model) {
		model.addAttribute("page", teamPart(shell, teamId, "", FormErrors.none()));
		return "showcase/coaching-part";
	}

	@PostMapping("/teams/{teamId}/coaching")
	String ask(Shell shell, @PathVariable long teamId, @RequestParam(required = false) String note, Model model,
			HttpServletResponse response) {
		try {
			coaching.ask(shell.caller(), teamId, new NewCoachingRequest(note));
			model.addAttribute("page", teamPart(shell, teamId, "", FormErrors.none()));
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", teamPart(shell, teamId, note, FormErrors.of(refused, shell.t())));
		}
		return "showcase/coaching-part";
	}

	private CoachingPart teamPart(Shell shell, long teamId, String note, FormErrors errors) {
		return new CoachingPart(shell, teamId, coaching.mayAsk(shell.caller(), teamId),
				coaching.openOf(teamId).orElse(null), note, errors);
	}
}
