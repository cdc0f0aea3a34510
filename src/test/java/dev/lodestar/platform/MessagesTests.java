package dev.lodestar.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word the application shows exists in English and in Chinese. */
class MessagesTests {

	private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:problem|validation|hint|subject)\\.[a-z][a-zA-Z.-]*)\"");

	private static final Pattern PROBLEM_CODE = Pattern.compile(
			"(?:Problem\\(HttpStatus\\.[A-Z_]+, |RuleViolationException\\((?:HttpStatus\\.[A-Z_]+, )?|onField\\(\"[a-zA-Z]+\", )\"([a-z-]+)\"");

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void holdsTheSameKeysInEnglishAndChinese() throws IOException {
		assertThat(bundle("messages_zh_CN.properties").stringPropertyNames())
			.isEqualTo(bundle("messages.properties").stringPropertyNames());
	}

	@Test
	void translatesEveryKeyAndProblemTheCodeNames() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source);
				KEY_LITERAL.matcher(code).results().map(match -> match.group(1)).forEach(used::add);
				PROBLEM_CODE.matcher(code).results().map(match -> "problem." + match.group(1) + ".title").forEach(used::add);
			}
		}
		assertThat(used).contains("problem.objective-cap.title", "validation.unknown-person", "hint.activity-wording");
		for (String name : new String[] { "messages.properties", "messages_zh_CN.properties" }) {
			assertThat(bundle(name).stringPropertyNames()).as(name).containsAll(used);
		}
	}
}
