package dev.lodestar.people;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPagesIntegrationTests extends ApiIntegrationTest {

	private static final String HEADER = "type,name,email,locale,admin,teams,parent,leads,members\n";

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	/** A small company whose third row has a mistyped e-mail; {@link #fixed} is the same file put right. */
	private static String withOneBadRow(String stem) {
		return HEADER
				+ "team,Sales " + stem + ",,,,,,," + stem + ".ada@example.com\n"
				+ "person,Ada," + stem + ".ada@example.com,en,,,,,\n"
				+ "person,李雷," + stem + ".li.example.com,zh-CN,,Sales " + stem + ",,,\n";
	}

	private static String fixed(String stem) {
		return withOneBadRow(stem).replace(stem + ".li.example.com", stem + ".li@example.com");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private Api.Session chineseAdmin() {
		String email = Api.unique("zh.admin") + "@lodestar.test";
		assertThat(api.post("/api/v1/people", api.admin(), Map.of("name", "管理员", "email", email, "password", "password-1",
				"locale", "zh-CN", "admin", true))).hasStatus(201);
		return api.signIn(email, "password-1");
	}

	private long peopleMatching(String stem) {
		return Api.<Number>read(api.get("/api/v1/people?q=" + stem, api.admin()), "$.totalItems").longValue();
	}

	@Test
	void documentsTheColumnsAndTheSizeLimit() {
		var page = Pages.html(pages.get("/admin/import", api.admin()));

		assertThat(page.select("main table code").eachText()).containsExactly("type", "name", "email", "locale", "admin", "teams",
				"parent", "leads", "members");
		assertThat(page.select("#import-file-help").text()).contains("1 MB");
		assertThat(page.select("#import-file").attr("data-max-bytes")).isEqualTo(String.valueOf(1024 * 1024));
		assertThat(page.select("pre.example").text()).startsWith("type,name,email");
		assertThat(page.select("#import-form input[type=hidden][name=idempotencyKey]").val()).isNotBlank();
	}

	@Test
	void listsTheBadRowWithItsReasonAndSavesNothing() {
		String stem = Api.unique("bad");

		var checked = pages.upload("/admin/import/check", api.admin(), "file", "people.csv", utf8(withOneBadRow(stem)), Map.of());

		assertThat(checked).hasStatus(422);
		var rows = Pages.html(checked).select("table.import-errors tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.first().select("td").eachText()).containsExactly("4", "email", "must be an e-mail address");
		assertThat(Pages.html(checked).select("#import-result button[formaction=/admin/import]")).isEmpty();
		var imported = pages.upload("/admin/import", api.admin(), "file", "people.csv", utf8(withOneBadRow(stem)),
				Map.of("idempotencyKey", Api.unique("key")));
		assertThat(imported).hasStatus(422);
		assertThat(peopleMatching(stem)).isZero();
	}

	@Test
	void listsTheBadRowInChinese() {
		String stem = Api.unique("bad-zh");

		var checked = pages.upload("/admin/import/check", chineseAdmin(), "file", "people.csv", utf8(withOneBadRow(stem)), Map.of());

		assertThat(checked).hasStatus(422);
		var page = Pages.html(checked);
		assertThat(page.select("table.import-errors tbody td").eachText()).containsExactly("4", "email", "必须是邮箱地址");
		assertThat(page.select("#import-result .notice.error").text()).contains("没有导入任何内容");
	}

	@Test
	void previewsTheFixedFileThenImportsAllOfIt() {
		String stem = Api.unique("fixed");

		var checked = pages.upload("/admin/import/check", api.admin(), "file", "people.csv", utf8(fixed(stem)), Map.of(),
				"HX-Request", "true");

		assertThat(checked).hasStatusOk();
		var preview = Pages.html(checked);
		assertThat(preview.select("html main")).isEmpty();
		assertThat(preview.select("#import-result .preview > p").first().text())
			.isEqualTo("Importing it creates 2 people and 1 team, with 2 memberships.");
		assertThat(preview.select("#import-result button[hx-post=/admin/import]").text()).isEqualTo("Import 2 people and 1 team");
		assertThat(peopleMatching(stem)).isZero();

		var imported = pages.upload("/admin/import", api.admin(), "file", "people.csv", utf8(fixed(stem)),
				Map.of("idempotencyKey", Api.unique("key")), "HX-Request", "true");

		assertThat(imported).hasStatusOk();
		var done = Pages.html(imported);
		assertThat(done.select("#import-result .notice[role=status] p").first().text())
			.isEqualTo("Imported 2 people and 1 team, with 2 memberships.");
		assertThat(done.select("input#import-key[hx-swap-oob]").val()).isNotBlank();
		assertThat(peopleMatching(stem)).isEqualTo(2);
	}

	@Test
	void importsTheFixedFileInChinese() {
		String stem = Api.unique("fixed-zh");

		var imported = pages.upload("/admin/import", chineseAdmin(), "file", "people.csv", utf8(fixed(stem)),
				Map.of("idempotencyKey", Api.unique("key")));

		assertThat(imported).hasStatusOk();
		assertThat(Pages.html(imported).select("#import-result .notice[role=status] p").first().text())
			.isEqualTo("已导入 2 名人员和 1 个团队，共 2 条成员关系。");
		assertThat(peopleMatching(stem)).isEqualTo(2);
	}

	@Test
	void importsOnceForADoubleClickedImport() {
		String stem = Api.unique("twice");
		String key = Api.unique("key");

		var first = pages.upload("/admin/import", api.admin(), "file", "people.csv", utf8(fixed(stem)), Map.of("idempotencyKey", key));
		var second = pages.upload("/admin/import", api.admin(), "file", "people.csv", utf8(fixed(stem)), Map.of("idempotencyKey", key));

		assertThat(first).hasStatusOk();
		assertThat(second).hasStatusOk();
		assertThat(Pages.html(second).select("#import-result .notice[role=status]")).hasSize(1);
		assertThat(peopleMatching(stem)).isEqualTo(2);
	}

	@Test
	void refusesAFileOverTheLimitWithAMessage() {
		String line = "person,Someone,someone@example.com,,,,,,\n";
		byte[] huge = utf8(HEADER + line.repeat(1024 * 1024 / line.length() + 1));

		var refused = pages.upload("/admin/import/check", api.admin(), "file", "huge.csv", huge, Map.of());

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#import-result .notice.error").text())
			.isEqualTo("The file is larger than 1 MB; nothing was imported. Split it into several files: a later file may name the people and teams of an earlier one.");
	}

	@Test
	void asksForAFileWhenNoneWasChosen() {
		var refused = pages.upload("/admin/import/check", api.admin(), "file", "", new byte[0], Map.of());

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#import-result .notice.error").text()).isEqualTo("Choose a CSV file first.");
	}
}
