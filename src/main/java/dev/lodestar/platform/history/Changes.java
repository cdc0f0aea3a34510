package dev.lodestar.platform.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.lodestar.platform.jdbc.SqlValues;

/** Collects the fields that differ between two states of a thing; equal fields are left out. */
public final class Changes {

	private final List<FieldChange> changes = new ArrayList<>();

	public static Changes between() {
		return new Changes();
	}

	public Changes field(String name, Object before, Object after) {
		Object normalBefore = normal(before);
		Object normalAfter = normal(after);
		if (!Objects.equals(normalBefore, normalAfter)) {
			changes.add(new FieldChange(name, normalBefore, normalAfter));
		}
		return this;
	}

	/** A field whose values are never shown, only that it changed, e.g. a password. */
	public Changes secret(String name, boolean changed) {
		if (changed) {
			changes.add(new FieldChange(name, null, null));
		}
		return this;
	}

	public List<FieldChange> list() {
		return List.copyOf(changes);
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/** 10 and 10.0000 are the same value; enums are kept by name, as the API shows them. */
	private static Object normal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return SqlValues.plain(decimal);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value;
	}
}
