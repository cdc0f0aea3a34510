package dev.lodestar.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates hold keys, never words: every text a person reads comes from the message bundles, so every page
 * exists in English and Chinese. This reads each template as a browser would see it with all of JTE's
 * expressions and directives taken out, and finds any letter left in text or in an attribute people read.
 */
class TemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/jte");

	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label",
			"aria-placeholder", "aria-roledescription", "aria-valuetext");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"");

	@Test
	void holdNoTextOfTheirOwn() throws IOException {
		List<String> findings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(path -> path.toString().endsWith(".jte")).toList()) {
				findings.addAll(literalTextIn(TEMPLATES.relativize(template).toString(), Files.readString(template)));
			}
		}
		assertThat(findings).isEmpty();
	}

	@Test
	void catchesTextInATagAndInAnAttribute() {
		assertThat(literalTextIn("example.jte", "<p>${t.m(\"ok\")}</p><p>Hello</p><input placeholder=\"Name\">"))
			.containsExactly("example.jte: text 'Hello'", "example.jte: placeholder 'Name'");
		assertThat(literalTextIn("fine.jte", "@if(a)<b>${x}</b>@endif <span class=\"meta\">·</span>")).isEmpty();
		assertThat(literalTextIn("page.jte", "@template.layout.page(shell = s, content = @`<h1>${t.m(\"a\")}</h1><p>Welcome</p>`)"))
			.containsExactly("page.jte: text 'Welcome'");
	}

	static List<String> literalTextIn(String name, String template) {
		String markup = withoutJte(template);
		List<String> findings = new ArrayList<>();
		int at = 0;
		while (at < markup.length()) {
			int tag = markup.indexOf('<', at);
			String text = markup.substring(at, tag < 0 ? markup.length() : tag);
			if (LETTER.matcher(text).find()) {
				findings.add(name + ": text '" + text.strip() + "'");
			}
			if (tag < 0) {
				break;
			}
			int end = markup.indexOf('>', tag);
			String element = markup.substring(tag, end < 0 ? markup.length() : end + 1);
			var attributes = ATTRIBUTE.matcher(element);
			while (attributes.find()) {
				if (READ_ATTRIBUTES.contains(attributes.group(1).toLowerCase()) && LETTER.matcher(attributes.group(2)).find()) {
					findings.add(name + ": " + attributes.group(1) + " '" + attributes.group(2) + "'");
				}
			}
			at = end < 0 ? markup.length() : end + 1;
			String lower = element.toLowerCase();
			for (String raw : List.of("script", "style")) {
				if (lower.startsWith("<" + raw)) {
					int close = markup.toLowerCase().indexOf("</" + raw, at);
					at = close < 0 ? markup.length() : close;
				}
			}
		}
		return findings;
	}

	/** Removes comments, directives, code blocks and expressions; keeps the markup between them. */
	private static String withoutJte(String template) {
		StringBuilder kept = new StringBuilder();
		int i = 0;
		while (i < template.length()) {
			if (template.startsWith("<%--", i)) {
				i = after(template, "--%>", i);
			}
			else if (template.startsWith("<!--", i)) {
				i = after(template, "-->", i);
			}
			else if (template.startsWith("${", i) || template.startsWith("!{", i) || template.startsWith("$unsafe{", i)) {
				i = closingBrace(template, template.indexOf('{', i)) + 1;
				kept.append(' ');
			}
			else if (template.charAt(i) == '@' && i + 1 < template.length() && Character.isLetter(template.charAt(i + 1))) {
				int word = i + 1;
				while (word < template.length() && (Character.isLetterOrDigit(template.charAt(word)) || template.charAt(word) == '.'
						|| template.charAt(word) == '-')) {
					word++;
				}
				String directive = template.substring(i + 1, word);
				if (directive.equals("import") || directive.equals("param")) {
					i = lineEnd(template, word);
				}
				else if (word < template.length() && template.charAt(word) == '(') {
					int close = closingParenthesis(template, word);
					kept.append(contentBlocksIn(template.substring(word, close)));
					i = close + 1;
				}
				else {
					i = word;
				}
				kept.append(' ');
			}
			else if (template.charAt(i) == '@' && i + 1 < template.length() && template.charAt(i + 1) == '`') {
				i += 2;
			}
			else if (template.charAt(i) == '`') {
				i++;
			}
			else {
				kept.append(template.charAt(i));
				i++;
			}
		}
		return kept.toString();
	}

	/** The markup of the content blocks ({@code @`...`}) passed to a template: it is the page itself. */
	private static String contentBlocksIn(String arguments) {
		StringBuilder blocks = new StringBuilder();
		int start = arguments.indexOf("@`");
		while (start >= 0) {
			int end = arguments.indexOf('`', start + 2);
			end = end < 0 ? arguments.length() : end;
			blocks.append(' ').append(withoutJte(arguments.substring(start + 2, end))).append(' ');
			start = arguments.indexOf("@`", end + 1);
		}
		return blocks.toString();
	}

	private static int after(String text, String end, int from) {
		int found = text.indexOf(end, from);
		return found < 0 ? text.length() : found + end.length();
	}

	private static int lineEnd(String text, int from) {
		int found = text.indexOf('\n', from);
		return found < 0 ? text.length() : found;
	}

	private static int closingBrace(String text, int open) {
		return closing(text, open, '{', '}');
	}

	/** The parenthesis closing a directive's arguments; content blocks inside (@`...`) are kept as markup. */
	private static int closingParenthesis(String text, int open) {
		return closing(text, open, '(', ')');
	}

	private static int closing(String text, int open, char opening, char closingChar) {
		int depth = 0;
		boolean inString = false;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '`') {
				int end = text.indexOf('`', i + 1);
				i = end < 0 ? text.length() : end;
			}
			else if (c == opening) {
				depth++;
			}
			else if (c == closingChar && --depth == 0) {
				return i;
			}
		}
		return text.length() - 1;
	}
}
