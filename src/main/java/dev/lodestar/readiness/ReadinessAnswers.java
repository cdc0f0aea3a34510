package dev.lodestar.readiness;

import java.util.Map;

/** One person's answers: each question's name with a value from 1 to 5. Never stored as such, only counted. */
public record ReadinessAnswers(Map<String, Integer> answers) {
}
