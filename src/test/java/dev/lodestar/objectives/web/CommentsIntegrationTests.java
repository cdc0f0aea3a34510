package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thread under an objective: whoever may see the objective reads and adds to it, on the page without a reload
 * and through the API alike; to everyone else it does not exist.
 */
class CommentsIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void appendsAPostedCommentToTheThreadAndOffersAnEmptyForm() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Curious");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Help customers help themselves");

		var posted = pages.post("/objectives/" + objective + "/comments", colleague,
				Map.of("text", "  Can Sales use the FAQ too?  ", "idempotencyKey", Api.unique("key")), "HX-Request", "true");

		assertThat(posted).hasStatusOk();
		var fragment = html(posted);
		assertThat(fragment.select("form#comment-form textarea").text()).isEmpty();
		var appended = fragment.select("ol[hx-swap-oob='beforeend:#comment-list'] li.comment");
		assertThat(appended.select(".comment-author").text()).isEqualTo("Curious");
		assertThat(appended.select(".comment-text").text()).isEqualTo("Can Sales use the FAQ too?");
		var page = html(pages.get("/objectives/" + objective, owner));
		assertThat(page.select("#comment-list .comment-text").eachText()).containsExactly("Can Sales use the FAQ too?");
	}

	@Test
	void refusesAnEmptyOrOverlongCommentNextToTheFieldAndSavesNothing() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Say it briefly");

		var empty = pages.post("/objectives/" + objective + "/comments", owner,
				Map.of("text", "   ", "idempotencyKey", Api.unique("key")), "HX-Request", "true");
		var overlong = pages.post("/objectives/" + objective + "/comments", owner,
				Map.of("text", "x".repeat(2001), "idempotencyKey", Api.unique("key")), "HX-Request", "true");

		assertThat(empty).hasStatus(422);
		assertThat(html(empty).select("#comment-text-error").text()).isEqualTo("must not be blank");
		assertThat(html(empty).select("#comment-text").attr("aria-invalid")).isEqualTo("true");
		assertThat(html(empty).select("ol[hx-swap-oob]")).isEmpty();
		assertThat(overlong).hasStatus(422);
		assertThat(html(overlong).select("#comment-text-error").text()).isEqualTo("must have between 0 and 2,000 characters or items");
		assertThat(html(overlong).select("#comment-text").text()).hasSize(2001);
		assertThat(api.get("/api/v1/objectives/" + objective + "/comments", owner)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void postsOnceWhenTheSameFormIsSentTwice() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Once is enough");
		var form = Map.of("text", "Double-clicked", "idempotencyKey", Api.unique("key"));

		var first = pages.post("/objectives/" + objective + "/comments", owner, form, "HX-Request", "true");
		var second = pages.post("/objectives/" + objective + "/comments", owner, form, "HX-Request", "true");

		assertThat(html(first).select("li.comment")).hasSize(1);
		assertThat(second).hasStatusOk();
		assertThat(html(second).select("li.comment")).isEmpty();
		assertThat(api.get("/api/v1/objectives/" + objective + "/comments", owner)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void keepsTheThreadOfAPrivateObjectiveAbsentForStrangers() {
		var owner = api.newPerson("Owner");
		var stranger = api.newPerson("Stranger");
		long objective = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", api.newCycle("ACTIVE"),
				"ownerPersonId", owner.personId(), "title", "Quiet", "visibility", "PRIVATE")));
		long comment = Api.id(api.post("/api/v1/objectives/" + objective + "/comments", owner, Map.of("text", "Note to self")));

		assertThat(pages.post("/objectives/" + objective + "/comments", stranger,
				Map.of("text", "Hello?", "idempotencyKey", Api.unique("key")), "HX-Request", "true")).hasStatus(404);
		assertThat(pages.get("/objectives/" + objective + "/comments?before=" + (comment + 1), stranger)).hasStatus(404);
		assertThat(api.get("/api/v1/objectives/" + objective + "/comments", stranger)).hasStatus(404);
		assertThat(api.get("/api/v1/objectives/" + objective + "/comments/" + comment, stranger)).hasStatus(404);
		assertThat(api.post("/api/v1/objectives/" + objective + "/comments", stranger, Map.of("text", "Hello?"))).hasStatus(404);
		assertThat(api.get("/api/v1/objectives/" + objective + "/comments", owner)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void offersTheSameThreadThroughTheApi() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Talk openly");
		pages.post("/objectives/" + objective + "/comments", colleague,
				Map.of("text", "From the page", "idempotencyKey", Api.unique("key")), "HX-Request", "true");

		var fromApi = api.post("/api/v1/objectives/" + objective + "/comments", owner, Map.of("text", "From the API"),
				"Idempotency-Key", Api.unique("key"));
		var refused = api.post("/api/v1/objectives/" + objective + "/comments", owner, Map.of("text", ""));

		assertThat(fromApi).hasStatus(201).bodyJson().extractingPath("$.authorId").isEqualTo((int) owner.personId());
		assertThat(fromApi.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/objectives/" + objective + "/comments/" + Api.id(fromApi));
		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("text");
		assertThat(api.get("/api/v1/objectives/" + objective + "/comments", owner)).bodyJson()
			.extractingPath("$.items[*].text").asArray().containsExactly("From the API", "From the page");
		assertThat(html(pages.get("/objectives/" + objective, colleague)).select("#comment-list .comment-text").eachText())
			.containsExactly("From the page", "From the API");
	}

	@Test
	void showsTheLatestCommentsAndEarlierOnesOnRequest() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Discuss a lot");
		for (int i = 1; i <= 23; i++) {
			api.post("/api/v1/objectives/" + objective + "/comments", owner, Map.of("text", "Comment " + i));
		}

		var page = html(pages.get("/objectives/" + objective, owner));
		var earlierLink = page.select("#comment-list .earlier-comments button").attr("hx-get");
		var earlier = html(pages.get(earlierLink, owner, "HX-Request", "true"));

		assertThat(page.select("#comment-list .comment-text").eachText()).hasSize(20).startsWith("Comment 4").endsWith("Comment 23");
		assertThat(earlier.select(".comment-text").eachText()).isEqualTo(List.of("Comment 1", "Comment 2", "Comment 3"));
		assertThat(earlier.select(".earlier-comments")).isEmpty();
	}
}
