package dev.lodestar.pulse;

import java.util.Map;

/** One person's answers, by question name, each from 1 to 5; all questions are answered at once. */
public record PulseAnswer(Map<String, Integer> answers) {
}
