package dev.lodestar.readiness;

import java.util.List;

/** The questions and the five answers' words (1 strongly disagree … 5 strongly agree), in the reader's language. */
public record Questionnaire(List<ReadinessQuestionText> questions, List<String> scale) {
}
