package dev.lodestar.scoring;

/** Whose calibration: one person's (their personal objectives) or one team's (the objectives it owns). */
public enum CalibrationSubject {

	PERSON, TEAM
}
